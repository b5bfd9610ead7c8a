import "server-only";
import { hashToken } from "@/platform/auth/tokens";
import { db } from "@/platform/db/prisma";

/** The team a wall link shows, or null when the link is unknown or revoked or its team archived. */
export async function teamForWallToken(token: string): Promise<{ id: string; name: string } | null> {
  const link = await db().wallLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { revokedAt: true, team: { select: { id: true, name: true, archivedAt: true } } },
  });
  // Archiving revokes a team's links (features/people/team-mutations.ts); the team is checked too, so that no order of writes lets one through.
  return link && !link.revokedAt && !link.team.archivedAt ? { id: link.team.id, name: link.team.name } : null;
}

export interface WallLinkRecord {
  id: string;
  teamId: string;
  teamName: string;
  createdAt: string;
}

/** The wall links that still work (not revoked, their team not archived), by team. */
export async function listWallLinks(): Promise<WallLinkRecord[]> {
  const links = await db().wallLink.findMany({
    where: { revokedAt: null, team: { archivedAt: null } },
    orderBy: [{ team: { name: "asc" } }, { createdAt: "desc" }],
    select: { id: true, teamId: true, createdAt: true, team: { select: { name: true } } },
  });
  return links.map((l) => ({ id: l.id, teamId: l.teamId, teamName: l.team.name, createdAt: l.createdAt.toISOString() }));
}
