import "server-only";
import { ApiError } from "../api/errors";
import { hashToken } from "../api/tokens";
import { recordEvent } from "../audit/mutations";
import type { AuthenticatedUser } from "../auth/credentials";
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db/prisma";

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
    if (used.count !== 1) throw new ApiError("invitation-invalid");
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

/** Changes one's own password, given the current one; every other session ends. */
export async function changeOwnPassword(userId: string, current: string, password: string): Promise<AuthenticatedUser> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(account.passwordHash, current))) {
    throw new ApiError("invalid", { current: { code: "password-wrong" } });
  }
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, name: true, email: true, role: true, sessionVersion: true },
    });
    await recordEvent(tx, { kind: "user.password", actorId: userId, details: { id: userId, via: "self" } });
    return { id: user.id, name: user.name, email: user.email, role: user.role, sv: user.sessionVersion };
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
