import "server-only";
import { recordEvent } from "@/platform/audit/mutations";
import { db } from "@/platform/db/prisma";
import type { TokenRevocation } from "@/platform/auth/token-revocations";
import { generateToken, hashToken } from "@/platform/auth/tokens";

/** What a new token may do and for how long. */
export interface TokenLimits {
  /** Days until it stops working; null: it never expires. */
  expiresInDays: number | null;
  readOnly: boolean;
}

/** Creates a token for `userId`; the plain token is returned once and never stored. */
export async function createToken(userId: string, name: string, limits: TokenLimits, now = new Date()): Promise<string> {
  const token = generateToken();
  const expiresAt = limits.expiresInDays === null ? null : new Date(now.getTime() + limits.expiresInDays * 24 * 60 * 60 * 1000);
  await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, name, tokenHash: hashToken(token), expiresAt, readOnly: limits.readOnly },
      select: { id: true },
    });
    await recordEvent(tx, {
      kind: "token.create",
      actorId: userId,
      details: { id: created.id, name, expiresAt: expiresAt?.toISOString() ?? null, readOnly: limits.readOnly },
    });
  });
  return token;
}

/** Revokes one of `userId`'s tokens; false when it is not theirs. */
export async function revokeToken(userId: string, tokenId: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "owner" satisfies TokenRevocation },
    });
    if (count === 1) await recordEvent(tx, { kind: "token.revoke", actorId: userId, details: { id: tokenId } });
    return count === 1;
  });
}
