import "server-only";
import { hashToken } from "@/platform/auth/tokens";
import { db } from "@/platform/db/prisma";

export interface OpenInvitation {
  name: string;
  email: string;
  purpose: "invite" | "reset";
}

/** The person a link is for while it works (unused, unexpired, person active), or null. */
export async function findOpenInvitation(token: string, now = new Date()): Promise<OpenInvitation | null> {
  // Real links are 43 characters; anything far longer is not worth a lookup.
  if (token.length > 100) return null;
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!invitation || invitation.usedAt || invitation.expiresAt <= now || !invitation.user.active) return null;
  return { name: invitation.user.name, email: invitation.user.email, purpose: invitation.purpose === "reset" ? "reset" : "invite" };
}
