// Server-side sessions, written: opened at sign-in, ended one by one or all
// but one, and cleared once dead (session-data.ts reads them).
import "server-only";
import { generateToken, hashToken } from "./tokens";
import { SESSION_ABSOLUTE_S, SESSION_IDLE_S } from "./cookie";
import { ago, liveSince } from "./session-times";
import type { SessionStep, SignInMethod } from "@/platform/db/generated/enums";
import { db } from "@/platform/db/prisma";
import type { RequestContext } from "./request-context";

/**
 * Opens a session for `user` (at `step`: fully signed in, or waiting for a
 * second factor) and returns the token for its cookie. The user's sessions
 * that ended are deleted on the way: the list stays the live ones.
 */
export async function startSession(
  user: { id: string; sv: number },
  method: SignInMethod,
  step: SessionStep,
  context: RequestContext,
  now = new Date(),
): Promise<string> {
  const token = generateToken("ssis_");
  await db().$transaction([
    db().session.deleteMany({
      where: { userId: user.id, OR: [{ endedAt: { not: null } }, { lastSeenAt: { lte: ago(now, SESSION_IDLE_S) } }, { createdAt: { lte: ago(now, SESSION_ABSOLUTE_S) } }] },
    }),
    db().session.create({
      data: { tokenHash: hashToken(token), userId: user.id, version: user.sv, method, step, userAgent: context.userAgent, address: context.address, createdAt: now, lastSeenAt: now },
    }),
  ]);
  return token;
}

/** Ends one session of `userId` (another's id ends nothing). */
export async function endSession(userId: string, sessionId: string, now = new Date()): Promise<boolean> {
  const { count } = await db().session.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now } });
  return count > 0;
}

/** Ends every session of `userId` but `keepId`; how many ended. */
export async function endOtherSessions(userId: string, keepId: string | null, now = new Date()): Promise<number> {
  const { count } = await db().session.updateMany({
    where: { userId, endedAt: null, ...(keepId ? { id: { not: keepId } } : {}), ...liveSince(now) },
    data: { endedAt: now },
  });
  return count;
}

/** Deletes every session that ended or ran out more than a day ago (kept a day: "signed out" stays explainable). */
export async function pruneSessions(now = new Date()): Promise<number> {
  const cutoff = ago(now, 24 * 3600);
  const { count } = await db().session.deleteMany({
    where: { OR: [{ endedAt: { lt: cutoff } }, { lastSeenAt: { lt: ago(cutoff, SESSION_IDLE_S) } }, { createdAt: { lt: ago(cutoff, SESSION_ABSOLUTE_S) } }] },
  });
  return count;
}
