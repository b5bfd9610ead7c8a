import "server-only";
import { hashToken } from "@/platform/auth/tokens";
import { db } from "@/platform/db/prisma";
import { Prisma } from "@/platform/db/generated/client";
import { preparedQuery } from "@/platform/db/prepared";
import { knownVersions, versionColumns } from "@/platform/db/version";

/**
 * The team a wall link shows, or null when the link is unknown or revoked or
 * its team archived; checked fresh at every poll, in one statement that also
 * reads the cache counters (a TV's poll is then that one round trip).
 */
export async function teamForWallToken(token: string): Promise<{ id: string; name: string } | null> {
  // Archiving revokes a team's links (features/people/team-mutations.ts); the team is checked too, so that no order of writes lets one through.
  const [row] = await preparedQuery<{ id: string | null; name: string | null; peopleVersion: string; scoresVersion: string }>(Prisma.sql`
    SELECT t.id, t.name, ${versionColumns}
    FROM (SELECT 1) AS one
    LEFT JOIN "WallLink" w ON w."tokenHash" = ${hashToken(token)} AND w."revokedAt" IS NULL
    LEFT JOIN "Team" t ON t.id = w."teamId" AND t."archivedAt" IS NULL`);
  if (row) knownVersions(row);
  return row?.id && row.name !== null ? { id: row.id, name: row.name } : null;
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
