import "server-only";
import { readSessionCookie } from "@/platform/auth/cookie";
import { findPendingSession, type PendingSession } from "@/platform/auth/session-data";
import { secondFactors } from "./data";

/** This browser's sign-in waiting for a second factor or an enrolment, or null. */
export async function currentPendingSession(): Promise<PendingSession | null> {
  const token = await readSessionCookie();
  return token ? findPendingSession(token) : null;
}

/** Which second factors the pending sign-in's person can use: the verify page offers those. */
export async function secondFactorsOfPending(pending: PendingSession): Promise<{ totp: boolean; passkeys: boolean }> {
  const factors = await secondFactors(pending.user.id);
  return { totp: factors.totp !== null, passkeys: factors.passkeys.length > 0 };
}
