import "server-only";
import { db } from "../db/prisma";
import type { Actor } from "./permissions";
import type { AppLocale } from "../i18n/config";

export interface SessionUser extends Actor {
  name: string;
  email: string;
  teamName: string | null;
  locale: AppLocale | null;
}

/** The account behind a sign-in attempt, or null. */
export async function findAccountByEmail(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
}

/**
 * The user a session token speaks for, read fresh from the database: null
 * when the account is gone, deactivated, or its session version moved on
 * (signed out, role changed).
 */
export async function findSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      sessionVersion: true,
      locale: true,
      teamId: true,
      team: { select: { name: true } },
      managedTeams: { select: { teamId: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active,
    teamId: user.teamId,
    teamName: user.team?.name ?? null,
    locale: user.locale,
    managedTeamIds: user.managedTeams.map((m) => m.teamId),
  };
}

/** How many sign-ins failed for `email` since `since`. */
export async function countSignInFailures(email: string, since: Date): Promise<number> {
  return db().signInFailure.count({ where: { email, createdAt: { gte: since } } });
}
