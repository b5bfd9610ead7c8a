import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { readSessionCookie } from "./cookie";
import type { SessionUser } from "./data";
import { can, type Permission } from "./permissions";
import { recordRefusal } from "./security-mutations";
import { findSession, type CurrentSession } from "./session-data";
import { noteActor } from "@/platform/log/request-log";

/**
 * This request's session, checked against the database on every request
 * (once per request thanks to `cache`): an ended session, a deactivated
 * user or a changed role takes effect at the next request.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = await readSessionCookie();
  const session = token ? await findSession(token) : null;
  if (session) noteActor(session.user.id);
  return session;
});

/** The signed-in user, or null. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** The signed-in user if they may do what `permission` describes; else the 403 page (signed out: the sign-in page). */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) {
    await recordRefusal(user, permission.action);
    forbidden();
  }
  return user;
}
