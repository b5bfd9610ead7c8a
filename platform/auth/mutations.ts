import "server-only";
import type { CredentialsEnd } from "./token-revocations";
import { Prisma } from "@/platform/db/generated/client";
import { preparedQuery } from "@/platform/db/prepared";
import { db } from "@/platform/db/prisma";
import { THROTTLE } from "./throttle";

/** Ends every session of the user: tokens issued before this stop working. */
export async function revokeSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Ends everything that lets `userId` in without their password, in `tx`:
 * every session, every API token (revoked for `reason`, which the tokens
 * page shows) and every unused invitation or reset link. Nothing of it comes
 * back: a reactivation issues nothing, the person signs in (or gets a new
 * link) again. Returns the new session version, for a session kept on purpose.
 */
export async function endCredentials(tx: Prisma.TransactionClient, userId: string, reason: CredentialsEnd, now = new Date()): Promise<number> {
  const { sessionVersion } = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  await tx.invitation.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  return sessionVersion;
}

/** The throttle keys of a sign-in attempt. */
export interface AttemptKeys {
  /** The email as typed, lower-cased, whether or not an account has it (so a wait reveals nothing). */
  email: string;
  /** The client's address, or null when unknown. */
  address: string | null;
}

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * Claims an attempt (counted as a failure until `attemptSucceeded` takes it
 * back): 0 when it may go ahead, else the seconds to wait, counting nothing.
 * Atomic in the database ("claimSignIn"): concurrent attempts are counted one
 * after the other, by every app instance on the database.
 */
export async function claimAttempt({ email, address }: AttemptKeys): Promise<number> {
  const keys = [{ key: accountKey(email), ...THROTTLE.account }, ...(address ? [{ key: addressKey(address), ...THROTTLE.address }] : [])];
  const [row] = await preparedQuery<{ wait: number }>(Prisma.sql`
    SELECT "claimSignIn"(${keys.map((k) => k.key)}::text[], ${keys.map((k) => k.free)}::integer[],
      ${keys.map((k) => k.capS)}::integer[], ${THROTTLE.forgetS}::integer) AS wait`);
  return row?.wait ?? 0;
}

/** A successful sign-in: the account starts afresh, and the address's attempt is taken back. */
export async function attemptSucceeded({ email, address }: AttemptKeys): Promise<void> {
  await preparedQuery(Prisma.sql`
    WITH account AS (DELETE FROM "SignInThrottle" WHERE key = ${accountKey(email)})
    UPDATE "SignInThrottle" SET failures = greatest(failures - 1, 0) WHERE key = ${address === null ? null : addressKey(address)}::text`);
}
