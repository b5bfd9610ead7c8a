import "server-only";
import { generateToken, hashToken } from "@/platform/auth/tokens";
import type { Prisma } from "@/platform/db/generated/client";
import { recordOutboxEvent, sealLink } from "@/platform/outbox/outbox-mutations";

/** How long an invitation or reset link works. */
export const INVITATION_DAYS = 7;

export type InvitationPurpose = "invite" | "reset";

/** A link's path and when it stops working; the secret is in the path, shown once. */
export interface IssuedInvitation {
  path: string;
  expiresAt: string;
}

/** A new link's row (its secret hashed) and what the admin is shown once. */
export function newInvitation(userId: string, purpose: InvitationPurpose, createdById: string, now = new Date()) {
  const token = generateToken("");
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  return {
    row: { userId, purpose, tokenHash: hashToken(token), expiresAt, createdById },
    issued: { path: `/invite/${token}`, expiresAt: expiresAt.toISOString() } satisfies IssuedInvitation,
  };
}

/** Issues a new link for `userId`; any earlier link of theirs stops working. It is emailed when email is on (features/notifications). */
export async function issueInvitation(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: InvitationPurpose,
  createdById: string,
  now = new Date(),
): Promise<IssuedInvitation> {
  await tx.invitation.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: now } });
  const invitation = newInvitation(userId, purpose, createdById, now);
  await tx.invitation.create({ data: invitation.row });
  await recordOutboxEvent(tx, "account.link", { userId, purpose, link: sealLink(invitation.issued.path), expiresAt: invitation.issued.expiresAt });
  return invitation.issued;
}
