import "server-only";
import { readSessionCookie } from "@/platform/auth/cookie";
import { findPendingSession, type PendingSession } from "@/platform/auth/session-data";

/** This browser's sign-in waiting for a second factor or an enrolment, or null. */
export async function currentPendingSession(): Promise<PendingSession | null> {
  const token = await readSessionCookie();
  return token ? findPendingSession(token) : null;
}
