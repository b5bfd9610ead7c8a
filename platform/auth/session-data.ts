// Server-side sessions, read: a browser's cookie names a Session row, read
// by every request (one statement), so ending a session takes effect at the
// next request on every instance. Bumping the user's sessionVersion ends all
// of theirs at once (sign-out everywhere, deactivation, a role change).
import "server-only";
import { hashToken } from "./tokens";
import { PENDING_S, SESSION_ABSOLUTE_S, SESSION_IDLE_S } from "./cookie";
import { sessionUserColumns, toSessionUser, type SessionUser, type SessionUserRow } from "./data";
import { ago, liveSince } from "./session-times";
import { Prisma } from "@/platform/db/generated/client";
import type { SessionStep, SignInMethod } from "@/platform/db/generated/enums";
import { preparedQuery } from "@/platform/db/prepared";
import { knownVersions, versionColumns } from "@/platform/db/version";
import { db } from "@/platform/db/prisma";

/** Written at most this often: last seen to the minute is enough, and a write per request is not. */
const TOUCH_AFTER_S = 60;

export interface CurrentSession {
  user: SessionUser;
  sessionId: string;
}

/**
 * The user a session token speaks for, read fresh: null when the session
 * ended, went idle, is past its absolute end, waits for a second factor, or
 * its user is gone, deactivated or signed out everywhere since. Marks the
 * session seen (at most once a minute) in the same statement.
 */
export async function findSession(token: string, now = new Date()): Promise<CurrentSession | null> {
  // Instants as UTC text: the columns are timestamps without a zone, in UTC,
  // and pg would send a Date in the server's own zone.
  const utc = (d: Date) => d.toISOString();
  const [row] = await preparedQuery<SessionUserRow & { sessionId: string; peopleVersion: string; scoresVersion: string }>(Prisma.sql`
    WITH s AS (
      SELECT id, "userId", version, "lastSeenAt" FROM "Session"
      WHERE "tokenHash" = ${hashToken(token)} AND "endedAt" IS NULL AND step = 'SIGNED_IN'
        AND "lastSeenAt" > ${utc(ago(now, SESSION_IDLE_S))}::timestamp AND "createdAt" > ${utc(ago(now, SESSION_ABSOLUTE_S))}::timestamp
    ), touched AS (
      UPDATE "Session" x SET "lastSeenAt" = ${utc(now)}::timestamp FROM s
      WHERE x.id = s.id AND s."lastSeenAt" < ${utc(ago(now, TOUCH_AFTER_S))}::timestamp
    )
    SELECT ${sessionUserColumns}, s.id AS "sessionId", ${versionColumns}
    FROM s JOIN "User" u ON u.id = s."userId" AND u."sessionVersion" = s.version
    LEFT JOIN "Team" t ON t.id = u."teamId"`);
  if (row) knownVersions(row);
  if (!row?.active) return null;
  return { user: toSessionUser(row), sessionId: row.sessionId };
}

export interface PendingSession {
  sessionId: string;
  step: Exclude<SessionStep, "SIGNED_IN">;
  method: SignInMethod;
  user: { id: string; name: string; email: string; role: SessionUser["role"]; sv: number };
}

/** A session that checked a password and waits for a second factor (or an enrolment): for PENDING_S after it began. */
export async function findPendingSession(token: string, now = new Date()): Promise<PendingSession | null> {
  const found = await db().session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, step: true, method: true, version: true, endedAt: true, createdAt: true, user: { select: { id: true, name: true, email: true, role: true, sessionVersion: true, active: true } } },
  });
  if (!found || found.step === "SIGNED_IN" || found.endedAt || found.createdAt <= ago(now, PENDING_S)) return null;
  const { user } = found;
  if (!user.active || user.sessionVersion !== found.version) return null;
  return { sessionId: found.id, step: found.step, method: found.method, user: { id: user.id, name: user.name, email: user.email, role: user.role, sv: user.sessionVersion } };
}

export interface SessionLine {
  id: string;
  method: SignInMethod;
  userAgent: string | null;
  address: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The sessions of `userId` that still hold, most recently seen first. */
export async function liveSessions(userId: string, now = new Date()): Promise<SessionLine[]> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  if (!user) return [];
  return db().session.findMany({
    where: { userId, version: user.sessionVersion, step: "SIGNED_IN", endedAt: null, ...liveSince(now) },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    select: { id: true, method: true, userAgent: true, address: true, createdAt: true, lastSeenAt: true },
  });
}
