import "server-only";
import { hashToken } from "@/platform/auth/tokens";
import { recordEvent } from "@/platform/audit/mutations";
import type { AuthenticatedUser } from "@/platform/auth/credentials";
import { attemptSucceeded, claimAttempt, endCredentials } from "@/platform/auth/mutations";
import { hashPassword, verifyPassword } from "@/platform/auth/password";
import { waitFieldError } from "@/platform/auth/throttle";
import { db } from "@/platform/db/prisma";
import { Invalid, TooManyAttempts } from "@/platform/errors/domain-errors";

/**
 * Sets a password through a link, which then stops working (single use,
 * even for two submits at once). Returns who to sign in.
 */
export async function acceptInvitation(token: string, password: string, now = new Date()): Promise<AuthenticatedUser> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const used = await tx.invitation.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (used.count !== 1) throw new Invalid({}, "invitation-invalid");
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { userId: true, purpose: true } });
    const user = await tx.user.update({
      where: { id: invitation.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, name: true, email: true, role: true, sessionVersion: true },
    });
    await recordEvent(tx, { kind: "user.password", actorId: user.id, details: { id: user.id, via: invitation.purpose } });
    return { id: user.id, name: user.name, email: user.email, role: user.role, sv: user.sessionVersion };
  });
}

const wrongPassword = () => new Invalid({ current: { code: "password-wrong" } });

/**
 * Changes one's own password, given the current one; every other session,
 * every API token and any unused link of theirs ends (endCredentials). The
 * check of the current password is a sign-in attempt for the throttle, per
 * account and per client `address` (platform/auth/throttle.ts): someone holding
 * a stolen session guesses no faster here than at the sign-in page, and
 * during a wait even the right password is told to wait.
 */
export async function changeOwnPassword(userId: string, current: string, password: string, address: string | null = null): Promise<AuthenticatedUser> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!account) throw wrongPassword();
  const attempt = { email: account.email, address };
  const wait = await claimAttempt(attempt);
  if (wait > 0) throw new TooManyAttempts(wait, { current: waitFieldError(wait) });
  if (!(await verifyPassword(account.passwordHash, current))) throw wrongPassword();
  await attemptSucceeded(attempt);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const sv = await endCredentials(tx, userId, "password-changed");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, role: true } });
    await recordEvent(tx, { kind: "user.password", actorId: userId, details: { id: userId, via: "self" } });
    return { ...user, sv };
  });
}

/** Changes one's own name. */
export async function renameSelf(userId: string, name: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    await tx.user.update({ where: { id: userId }, data: { name } });
    await recordEvent(tx, { kind: "user.update", actorId: userId, details: { id: userId, before, after: { name } } });
  });
}
