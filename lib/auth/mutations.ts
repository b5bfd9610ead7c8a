import "server-only";
import { db } from "../db/prisma";

/** Ends every session of the user: tokens issued before this stop working. */
export async function revokeSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Remembers a failed sign-in for `email` (known or not), and forgets old ones. */
export async function recordSignInFailure(email: string, forgetBefore: Date): Promise<void> {
  await db().signInFailure.create({ data: { email } });
  await db().signInFailure.deleteMany({ where: { createdAt: { lt: forgetBefore } } });
}

/** A successful sign-in clears the failures of that email. */
export async function clearSignInFailures(email: string): Promise<void> {
  await db().signInFailure.deleteMany({ where: { email } });
}
