import "server-only";
import { TooManyAttempts } from "@/platform/errors/domain-errors";
import { claimAttempt, type AttemptKeys } from "./mutations";
import type { RequestContext } from "./request-context";
import { recordSecurityEvent } from "./security-mutations";
import { waitFieldError } from "./throttle";

/**
 * Claims an attempt on the sign-in counters (a password, a second-factor
 * code, a passkey: the same counters for all). When they say wait, the
 * slowed-down attempt is recorded and refused, the wait said as `field`'s
 * error when the form has one.
 */
export async function claimAttemptOrWait(keys: AttemptKeys, who: { actorId: string | null; email?: string }, step: string, context: RequestContext, field?: string): Promise<void> {
  const wait = await claimAttempt(keys);
  if (wait === 0) return;
  await recordSecurityEvent({ kind: "security.sign-in-throttled", ...who, details: { step, wait }, context });
  throw new TooManyAttempts(wait, field ? { [field]: waitFieldError(wait) } : {});
}
