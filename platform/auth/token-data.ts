import "server-only";
import { db } from "@/platform/db/prisma";
import { Prisma } from "@/platform/db/generated/client";
import { preparedQuery } from "@/platform/db/prepared";
import { knownVersions, versionColumns } from "@/platform/db/version";
import { sessionUserColumns, toSessionUser, type SessionUser, type SessionUserRow } from "./data";
import { tokenRevocation, type TokenRevocation } from "./token-revocations";
import { hashToken } from "./tokens";

export interface TokenRecord {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** When it stops working (null: never); an expired token is listed until revoked, marked so. */
  expiresAt: string | null;
  readOnly: boolean;
}

export interface RevokedTokenRecord {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string;
  reason: TokenRevocation;
}

/** How many revoked tokens the tokens page lists: enough to explain why a script stopped. */
const REVOKED_SHOWN = 20;

/** The user's tokens that are not revoked (expired ones included), newest first; and the latest revoked ones, with why. */
export async function listTokens(userId: string): Promise<{ tokens: TokenRecord[]; revoked: RevokedTokenRecord[] }> {
  const [rows, revoked] = await Promise.all([
    db().apiToken.findMany({
      where: { userId, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true, readOnly: true },
    }),
    db().apiToken.findMany({
      where: { userId, revokedAt: { not: null } },
      orderBy: [{ revokedAt: "desc" }, { id: "asc" }],
      take: REVOKED_SHOWN,
      select: { id: true, name: true, createdAt: true, revokedAt: true, revokedReason: true },
    }),
  ]);
  return {
    tokens: rows.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      expiresAt: t.expiresAt?.toISOString() ?? null,
      readOnly: t.readOnly,
    })),
    revoked: revoked.flatMap((t) =>
      t.revokedAt ? [{ id: t.id, name: t.name, createdAt: t.createdAt.toISOString(), revokedAt: t.revokedAt.toISOString(), reason: tokenRevocation(t.revokedReason) }] : [],
    ),
  };
}

/** How stale a token's "last used" may be: a script calling every second writes it once a minute, not every time. */
const LAST_USED_PRECISION = "1 minute";

/**
 * The owner of a bearer token and whether the token may only read, or null
 * when the token is unknown, revoked or expired or the owner is inactive;
 * marks the token used. One statement: the token, its owner, and the "last
 * used" write when the one stored is older than LAST_USED_PRECISION (a write
 * per request would queue every request of a busy token on one row).
 * Timestamps are UTC (the pool's sessions run in UTC, platform/db/connect.ts).
 */
export async function findTokenUser(token: string): Promise<{ user: SessionUser; readOnly: boolean; tokenId: string } | null> {
  const [row] = await preparedQuery<SessionUserRow & { readOnly: boolean; tokenId: string; peopleVersion: string; scoresVersion: string }>(Prisma.sql`
    WITH found AS (
      SELECT id, "userId", "lastUsedAt", "readOnly" FROM "ApiToken"
      WHERE "tokenHash" = ${hashToken(token)} AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now())
    ), touched AS (
      UPDATE "ApiToken" a SET "lastUsedAt" = now() FROM found
      WHERE a.id = found.id AND (found."lastUsedAt" IS NULL OR found."lastUsedAt" < now() - ${LAST_USED_PRECISION}::interval)
      RETURNING a.id
    )
    SELECT ${sessionUserColumns}, found."readOnly", found.id AS "tokenId", ${versionColumns}
    FROM found JOIN "User" u ON u.id = found."userId" LEFT JOIN "Team" t ON t.id = u."teamId"`);
  if (row) knownVersions(row);
  return row?.active ? { user: toSessionUser(row), readOnly: row.readOnly, tokenId: row.tokenId } : null;
}
