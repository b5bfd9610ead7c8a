import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { findSessionUser, type SessionUser } from "./data";

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
