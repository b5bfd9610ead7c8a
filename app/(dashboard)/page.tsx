import { getTranslations } from "next-intl/server";
import { RepIncentives } from "@/features/incentives/components/rep-incentives";
import { RepOverview } from "@/features/scores/components/rep-overview";
import { TeamList } from "@/features/people/components/team-list";
import { TeamRoster } from "@/features/people/components/team-roster";
import { homeView } from "@/platform/auth/permissions";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { companyTeamsQuery, managedTeamsQuery } from "@/features/people/queries";
import { repPageQuery } from "@/features/scores/queries";
import { repIncentivesQuery } from "@/features/incentives/queries";

// Home: a rep sees their own SSI, a manager the reps of their teams, an admin every team.
export default async function HomePage() {
  const user = await requireUser();
  const view = homeView(user);
  if (view === "teams") return <TeamList teams={await pageQuery(user, companyTeamsQuery, {})} />;
  if (view === "own-ssi") {
    const [page, incentives] = await Promise.all([pageQuery(user, repPageQuery, { repId: user.id }), pageQuery(user, repIncentivesQuery, { repId: user.id })]);
    return <RepOverview page={page} incentives={<RepIncentives view={incentives} isSelf latestTotal={page.summary?.latest.total ?? null} />} />;
  }
  const t = await getTranslations("team");
  const teams = await pageQuery(user, managedTeamsQuery, {});
  if (teams.length === 0) return <p>{t("noTeams")}</p>;
  return (
    <>
      <h1>{t("yourTeams")}</h1>
      {teams.map((team) => (
        <TeamRoster key={team.team.id} page={team} headingLevel={2} />
      ))}
    </>
  );
}
