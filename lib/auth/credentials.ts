import "server-only";
import { findAccountByEmail } from "./data";
import { verifyDecoy, verifyPassword } from "./password";
import { signInSchema, type SessionClaims } from "./schema";

export interface AuthenticatedUser extends SessionClaims {
  name: string;
  email: string;
}

/**
 * The user these credentials belong to, or null. Every failure (bad input,
 * unknown email, wrong password, deactivated account) is the same null, so
 * nothing tells whether an email has an account.
 */
export async function authenticate(credentials: unknown): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const account = await findAccountByEmail(parsed.data.email);
  if (!account) return verifyDecoy(parsed.data.password).then(() => null);
  const valid = await verifyPassword(account.passwordHash, parsed.data.password);
  if (!valid || !account.active) return null;
  return { id: account.id, name: account.name, email: account.email, role: account.role, sv: account.sessionVersion };
}
