import "server-only";
import { Prisma } from "../db/generated/client";
import { preparedQuery } from "../db/prepared";
import { db } from "../db/prisma";
import { THROTTLE } from "./throttle";

/** Ends every session of the user: tokens issued before this stop working. */
export async function revokeSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
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
