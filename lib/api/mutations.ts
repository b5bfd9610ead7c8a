import "server-only";
import { db } from "../db/prisma";
import { generateToken, hashToken } from "./tokens";

/** Creates a token for `userId`; the plain token is returned once and never stored. */
export async function createToken(userId: string, name: string): Promise<string> {
  const token = generateToken();
  await db().apiToken.create({ data: { userId, name, tokenHash: hashToken(token) } });
  return token;
}

/** Revokes one of `userId`'s tokens; false when it is not theirs. */
export async function revokeToken(userId: string, tokenId: string): Promise<boolean> {
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
