import { getTranslations } from "next-intl/server";
import { RepIncentives } from "@/features/incentives/components/rep-incentives";
import { RepOverview } from "@/features/scores/components/rep-overview";
import { TeamList } from "@/features/people/components/team-list";
import { TeamRoster } from "@/features/people/components/team-roster";
import { homeView } from "@/platform/auth/permissions";
import { requireUser } from "@/platform/auth/session";
import { teamsByIds } from "@/features/people/team-data";

// Home: a rep sees their own SSI, a manager the reps of their teams, an admin every team.
export default async function HomePage() {
  const user = await requireUser();
  const view = homeView(user);
  if (view === "teams") return <TeamList viewer={user} />;
  if (view === "own-ssi") return <RepOverview rep={user} viewer={user} Incentives={RepIncentives} />;
  const t = await getTranslations("team");
  const teams = await teamsByIds(user.managedTeamIds);
  if (teams.length === 0) return <p>{t("noTeams")}</p>;
  return (
    <>
      <h1>{t("yourTeams")}</h1>
      {teams.map((team) => (
        <TeamRoster key={team.id} team={team} viewer={user} headingLevel={2} />
      ))}
    </>
  );
}
