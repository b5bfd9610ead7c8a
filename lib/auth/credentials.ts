import "server-only";
import { countSignInFailures, findAccountByEmail } from "./data";
import { clearSignInFailures, recordSignInFailure } from "./mutations";
import { verifyDecoy, verifyPassword } from "./password";
import { signInSchema, type SessionClaims } from "./schema";

export interface AuthenticatedUser extends SessionClaims {
  name: string;
  email: string;
}

/** Password guessing is slowed down per email: this many failures in the window lock it. */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/** Thrown when an email had too many failed sign-ins; the form says "try again later". */
export class TooManyAttemptsError extends Error {
  constructor() {
    super("TooManyAttempts");
    this.name = "TooManyAttemptsError";
  }
}

/**
 * The user these credentials belong to, or null. Every failure (bad input,
 * unknown email, wrong password, deactivated account) is the same null, so
 * nothing tells whether an email has an account. Failures are counted per
 * email, known or not, so the lock-out reveals nothing either.
 */
export async function authenticate(credentials: unknown, now = new Date()): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  if ((await countSignInFailures(email, windowStart)) >= MAX_FAILURES) throw new TooManyAttemptsError();

  const account = await findAccountByEmail(email);
  const valid = account ? await verifyPassword(account.passwordHash, password) : await verifyDecoy(password);
  if (!account || !valid || !account.active) {
    await recordSignInFailure(email, windowStart);
    return null;
  }
  await clearSignInFailures(email);
  return { id: account.id, name: account.name, email: account.email, role: account.role, sv: account.sessionVersion };
}
