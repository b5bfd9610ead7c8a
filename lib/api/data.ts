import "server-only";
import { db } from "../db/prisma";
import { hashToken } from "./tokens";

export interface TokenRecord {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The user's tokens that still work, newest first. */
export async function listTokens(userId: string): Promise<TokenRecord[]> {
  const rows = await db().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  }));
}

/** The owner of a bearer token (marking it used), or null when unknown, revoked or the owner is inactive. */
export async function userIdForToken(token: string): Promise<{ userId: string; sessionVersion: number } | null> {
  const found = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, user: { select: { id: true, active: true, sessionVersion: true } } },
  });
  if (!found || found.revokedAt || !found.user.active) return null;
  await db().apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return { userId: found.user.id, sessionVersion: found.user.sessionVersion };
}
