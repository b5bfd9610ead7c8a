import "server-only";
import { db } from "@/platform/db/prisma";
import { Prisma } from "@/platform/db/generated/client";
import type { Actor } from "./permissions";
import type { AppLocale } from "@/platform/i18n/config";

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

export type SessionUserRow = {
  id: string;
  name: string;
  email: string;
  role: SessionUser["role"];
  active: boolean;
  sessionVersion: number;
  locale: AppLocale | null;
  teamId: string | null;
  teamName: string | null;
  managedTeamIds: string[];
};

/**
 * What a request needs to know of the user `u` (a "User" row), with their
 * team's name and the teams they manage: one statement, as the session check
 * runs on every request (Prisma's nested select would send three), sent as a
 * prepared statement (platform/db/prepared.ts).
 */
export const sessionUserColumns = Prisma.sql`u.id, u.name, u.email, u.role::text AS role, u.active, u."sessionVersion",
  u.locale::text AS locale, u."teamId", t.name AS "teamName",
  ARRAY(SELECT m."teamId" FROM "TeamManager" m WHERE m."userId" = u.id ORDER BY m."teamId") AS "managedTeamIds"`;

/** The user of a row read with sessionUserColumns. */
export function toSessionUser(row: SessionUserRow): SessionUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    teamId: row.teamId,
    teamName: row.teamName,
    locale: row.locale,
    managedTeamIds: row.managedTeamIds,
  };
}


