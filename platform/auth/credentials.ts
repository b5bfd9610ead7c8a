import "server-only";
import { findAccountByEmail } from "@/platform/auth/data";
import { verifyDecoy, verifyPassword } from "@/platform/auth/password";
import { signInSchema, type SessionClaims } from "@/platform/auth/schema";
import { attemptSucceeded, claimAttempt } from "@/platform/auth/mutations";
import { TooManyAttempts } from "@/platform/errors/domain-errors";

export interface AuthenticatedUser extends SessionClaims {
  name: string;
  email: string;
}

/**
 * The user these credentials belong to, or null. Every failure (bad input,
 * unknown email, wrong password, deactivated account) is the same null, so
 * nothing tells whether an email has an account. Attempts are counted per
 * email, known or not, and per client `address` (platform/auth/throttle.ts),
 * before the password is checked: a burst of guesses is counted one by one.
 */
export async function authenticate(credentials: unknown, address: string | null = null): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = { email, address };
  const wait = await claimAttempt(keys);
  if (wait > 0) throw new TooManyAttempts(wait);

  const account = await findAccountByEmail(email);
  const valid = account ? await verifyPassword(account.passwordHash, password) : await verifyDecoy(password);
  if (!account || !valid || !account.active) return null;
  await attemptSucceeded(keys);
  return { id: account.id, name: account.name, email: account.email, role: account.role, sv: account.sessionVersion };
}
