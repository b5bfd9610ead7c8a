import "server-only";
import { generateToken, hashToken } from "../api/tokens";
import { db } from "../db/prisma";

/** Creates a wall link for a team; the secret is returned once and only its hash is kept. */
export async function createWallLink(teamId: string, createdById: string): Promise<string> {
  const token = generateToken("");
  await db().wallLink.create({ data: { teamId, createdById, tokenHash: hashToken(token) } });
  return token;
}

/** Revokes a wall link: the TV showing it stops getting data at its next refresh. */
export async function revokeWallLink(id: string): Promise<void> {
  await db().wallLink.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}
