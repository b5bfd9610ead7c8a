import { TeamGoals } from "@/features/incentives/components/team-goals";
import { TeamRoster } from "@/features/people/components/team-roster";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { teamPageQuery } from "@/features/people/queries";
import { teamGoalsQuery } from "@/features/incentives/queries";

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const page = await pageQuery(user, teamPageQuery, await params);
  const goals = await pageQuery(user, teamGoalsQuery, { teamId: page.team.id });
  return (
    <>
      <TeamRoster page={page} headingLevel={1} />
      {goals && <TeamGoals view={goals} />}
    </>
  );
}
