import { forbidden, notFound } from "next/navigation";
import { TeamGoals } from "@/features/incentives/components/team-goals";
import { TeamRoster } from "@/features/people/components/team-roster";
import { can, revealsMissing } from "@/platform/auth/permissions";
import { requireUser } from "@/platform/auth/session";
import { findTeam } from "@/features/people/team-data";

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const team = await findTeam(teamId);
  // Only those who may see every team learn that an id is not one.
  if (!team) return revealsMissing(user) ? notFound() : forbidden();
  if (!can(user, { action: "view-team", teamId: team.id })) forbidden();
  return (
    <>
      <TeamRoster team={team} viewer={user} headingLevel={1} />
      <TeamGoals team={team} viewer={user} />
    </>
  );
}
