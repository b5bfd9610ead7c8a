// The steps of signing in after the first proof (a password, an invitation):
// straight in, the second factor, or enrolling one first. Each step is a
// Session row (platform/auth/sessions.ts); moving on ends the row and
// opens a new one, so a token seen before a step is worth nothing after it.
import "server-only";
import { attemptSucceeded } from "@/platform/auth/mutations";
import { claimAttemptOrWait } from "@/platform/auth/attempts";
import type { AuthenticatedUser } from "@/platform/auth/credentials";
import type { RequestContext } from "@/platform/auth/request-context";
import { recordSecurityEvent } from "@/platform/auth/security-mutations";
import { endSession, startSession } from "@/platform/auth/session-mutations";
import { type PendingSession } from "@/platform/auth/session-data";
import type { SessionStep, SignInMethod } from "@/platform/db/generated/enums";
import { Invalid } from "@/platform/errors/domain-errors";
import { secondFactors, securitySettings } from "./data";
import { spendSecondFactorCode } from "./mutations";
import { stepAfterPassword } from "./policy";

/** Opens the session a first proof earns; returns its token (for the cookie) and its step. */
export async function openSession(user: AuthenticatedUser, method: SignInMethod, context: RequestContext): Promise<{ token: string; step: SessionStep }> {
  const [factors, settings] = await Promise.all([secondFactors(user.id), securitySettings()]);
  const step = stepAfterPassword({ role: user.role, mustEnrol: factors.mustEnrol, hasFactor: factors.hasFactor }, settings.twoFactorPolicy);
  const token = await startSession(user, method, step, context);
  if (step === "SIGNED_IN") await recordSecurityEvent({ kind: "security.sign-in", actorId: user.id, details: { method: method.toLowerCase() }, context });
  return { token, step };
}

/** The page a step continues on. */
export function pageOfStep(step: SessionStep, callbackUrl: string): string {
  if (step === "SIGNED_IN") return callbackUrl;
  const next = callbackUrl === "/" ? "" : `?${new URLSearchParams({ callbackUrl })}`;
  return `${step === "SECOND_FACTOR" ? "/sign-in/verify" : "/sign-in/enrol"}${next}`;
}

/** Ends the pending session and opens a fully signed-in one; the new token. */
export async function completeSignIn(pending: PendingSession, context: RequestContext, secondFactor: string | null): Promise<string> {
  await endSession(pending.user.id, pending.sessionId);
  const token = await startSession(pending.user, pending.method, "SIGNED_IN", context);
  await recordSecurityEvent({
    kind: "security.sign-in",
    actorId: pending.user.id,
    details: { method: pending.method.toLowerCase(), ...(secondFactor ? { secondFactor } : { enrolled: true }) },
    context,
  });
  return token;
}

/**
 * Checks the second factor's code of a pending sign-in, through the same
 * counters as passwords (per email and per address): a wrong code counts
 * as a wrong password. The new session's token when it is right.
 */
export async function verifySecondFactor(pending: PendingSession, code: string, context: RequestContext): Promise<string> {
  const keys = { email: pending.user.email, address: context.address };
  await claimAttemptOrWait(keys, { actorId: pending.user.id }, "second-factor", context, "code");
  const used = await spendSecondFactorCode(pending.user.id, code);
  if (!used) {
    await recordSecurityEvent({ kind: "security.sign-in-failed", actorId: pending.user.id, reason: "wrong-code", details: { step: "second-factor" }, context });
    throw new Invalid({ code: { code: "code-wrong" } });
  }
  await attemptSucceeded(keys);
  return completeSignIn(pending, context, used);
}
