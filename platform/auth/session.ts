import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { findSessionUser, type SessionUser } from "./data";
import { can, type Permission } from "./permissions";

/**
 * The signed-in user, checked against the database on every request (once
 * per request thanks to `cache`): a deactivated user, a changed role or a
 * signed-out session takes effect at the next request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user.id;
  const sv = session?.user.sv;
  if (!id || typeof sv !== "number") return null;
  return findSessionUser(id, sv);
});

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** The signed-in user if they may do what `permission` describes; else the 403 page (signed out: the sign-in page). */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}
