import { TeamGoals } from "@/features/incentives/components/team-goals";
import { TeamRoster } from "@/features/people/components/team-roster";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { teamPageQuery } from "@/features/people/queries";

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const team = await pageQuery(user, teamPageQuery, await params);
  return (
    <>
      <TeamRoster team={team} viewer={user} headingLevel={1} />
      <TeamGoals team={team} viewer={user} />
    </>
  );
}
