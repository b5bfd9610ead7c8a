import "server-only";
import { findAccountByEmail } from "@/platform/auth/data";
import { verifyDecoy, verifyPassword } from "@/platform/auth/password";
import { signInSchema, type SessionClaims } from "@/platform/auth/schema";
import { attemptSucceeded } from "@/platform/auth/mutations";
import { claimAttemptOrWait } from "./attempts";
import type { RequestContext } from "./request-context";
import { recordSecurityEvent } from "./security-mutations";

export interface AuthenticatedUser extends SessionClaims {
  name: string;
  email: string;
}

/**
 * The user these credentials belong to, or null. Every failure (bad input,
 * unknown email, wrong password, deactivated account) is the same null, so
 * nothing tells whether an email has an account; the security log keeps the
 * real reason. Attempts are counted per email, known or not, and per client
 * address (platform/auth/throttle.ts), before the password is checked: a
 * burst of guesses is counted one by one.
 */
export async function authenticate(credentials: unknown, address: string | null = null, userAgent: string | null = null): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const context: RequestContext = { address, userAgent };
  const keys = { email, address };
  await claimAttemptOrWait(keys, { actorId: null, email }, "password", context);

  const account = await findAccountByEmail(email);
  const valid = account ? await verifyPassword(account.passwordHash, password) : await verifyDecoy(password);
  const reason = !account ? "unknown-email" : !valid ? "wrong-password" : !account.active ? "inactive" : null;
  if (!account || reason) {
    await recordSecurityEvent({ kind: "security.sign-in-failed", actorId: account?.id ?? null, email, reason: reason ?? "unknown-email", details: { step: "password" }, context });
    return null;
  }
  await attemptSucceeded(keys);
  return { id: account.id, name: account.name, email: account.email, role: account.role, sv: account.sessionVersion };
}
