import { getTranslations } from "next-intl/server";
import { RepOverview } from "@/components/ssi/rep-overview";
import { TeamList } from "@/components/teams/team-list";
import { TeamRoster } from "@/components/teams/team-roster";
import { homeView } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { teamsByIds } from "@/lib/teams/data";

// Home: a rep sees their own SSI, a manager the reps of their teams, an admin every team.
export default async function HomePage() {
  const user = await requireUser();
  const view = homeView(user);
  if (view === "teams") return <TeamList viewer={user} />;
  if (view === "own-ssi") return <RepOverview rep={user} viewer={user} />;
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
