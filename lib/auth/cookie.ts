// The session cookie, defined once for next-auth (which reads it) and for our
// sign-in action (which writes it).
import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { serverEnv } from "../env";
import type { AuthenticatedUser } from "./credentials";

/** How long a session lasts. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * `Secure` cookies (with the `__Secure-` prefix) when the app's public URL is
 * https. Without NEXTAUTH_URL the app is reached over plain http at whatever
 * address the user opened (localhost, 127.0.0.1, the machine's network address).
 */
export function sessionCookie() {
  const secure = serverEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    secure,
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** Signs `user` in on this browser: next-auth's session token, in its cookie. */
export async function writeSessionCookie(user: AuthenticatedUser): Promise<void> {
  const cookie = sessionCookie();
  const token = await encode({
    token: { name: user.name, email: user.email, sub: user.id, role: user.role, sv: user.sv },
    secret: serverEnv().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_MAX_AGE_S });
}

export async function clearSessionCookie(): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}
