import { startSession } from "../../platform/auth/session-mutations";
import { findSession } from "../../platform/auth/session-data";
import { testDb } from "../factories";

/** The user `id` as a request sees them: a session opened and read back (platform/auth/sessions.ts); null when they may not sign in. */
export async function sessionUserOf(id: string) {
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
  const token = await startSession({ id, sv: sessionVersion }, "PASSWORD", "SIGNED_IN", { address: null, userAgent: null });
  return (await findSession(token))?.user ?? null;
}
