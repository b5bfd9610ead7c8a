import "server-only";
import { generateToken, hashToken } from "@/platform/auth/tokens";
import { recordEvent } from "@/platform/audit/mutations";
import { db } from "@/platform/db/prisma";

/** Creates a wall link for a team; the secret is returned once and only its hash is kept. */
export async function createWallLink(teamId: string, createdById: string): Promise<string> {
  const token = generateToken("");
  await db().$transaction(async (tx) => {
    const link = await tx.wallLink.create({ data: { teamId, createdById, tokenHash: hashToken(token) }, select: { id: true } });
    await recordEvent(tx, { kind: "wall-link.create", actorId: createdById, details: { id: link.id, teamId } });
  });
  return token;
}

/** Revokes a wall link: the TV showing it stops getting data at its next refresh. */
export async function revokeWallLink(id: string, actorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.wallLink.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1) await recordEvent(tx, { kind: "wall-link.revoke", actorId, details: { id } });
  });
}
