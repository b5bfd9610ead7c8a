// The session cookie, defined once for next-auth (which reads it) and for our
// sign-in action (which writes it).
import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { serverEnv } from "@/platform/config/env";
import type { AuthenticatedUser } from "@/platform/auth/credentials";

/** A session ends after this long without a request (proxy.ts renews it on activity). */
export const SESSION_IDLE_S = 12 * 60 * 60;
/** …and this long after signing in, however active. */
export const SESSION_ABSOLUTE_S = 30 * 24 * 60 * 60;
/** Renewed at most this often: a cookie per request would be wasteful. */
const RENEW_AFTER_S = 5 * 60;

/**
 * The session cookie's name. Over https, `__Host-`: browsers keep it only when
 * it is Secure, for path / and without a Domain, so no other host (a
 * subdomain) can set or read it. Plain http (localhost) cannot use a prefix.
 */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}next-auth.session-token`;
}

/**
 * `Secure` cookies (with the `__Host-` prefix) when the app's public URL is
 * https. Without NEXTAUTH_URL the app is reached over plain http at whatever
 * address the user opened (localhost, 127.0.0.1, the machine's network address).
 */
export function sessionCookie() {
  const secure = serverEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    secure,
    name: sessionCookieName(secure),
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** Signs `user` in on this browser: next-auth's session token, in its cookie. */
export async function writeSessionCookie(user: AuthenticatedUser): Promise<void> {
  const cookie = sessionCookie();
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: { name: user.name, email: user.email, sub: user.id, role: user.role, sv: user.sv, signedInAt: now },
    secret: serverEnv().NEXTAUTH_SECRET,
    maxAge: SESSION_IDLE_S,
  });
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_IDLE_S });
}

/**
 * The session cookie to send back after a request carrying `value`, when it
 * is time to push its end SESSION_IDLE_S further (activity keeps a session
 * alive), never past SESSION_ABSOLUTE_S after signing in; null when it is
 * not time yet, or the token is not valid (expired, forged: the request is
 * then signed out anyway). Whether the session itself still holds (signed
 * out elsewhere, deactivated) is checked by every request against the database.
 */
export async function renewedSessionCookie(value: string, now = Math.floor(Date.now() / 1000)) {
  const secret = serverEnv().NEXTAUTH_SECRET;
  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token || typeof token.iat !== "number" || typeof token.exp !== "number" || token.exp <= now) return null;
  if (now - token.iat < RENEW_AFTER_S) return null;
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : token.iat;
  const maxAge = Math.min(SESSION_IDLE_S, signedInAt + SESSION_ABSOLUTE_S - now);
  if (maxAge <= 0) return null;
  // Everything but what encode sets anew.
  const claims = Object.fromEntries(Object.entries(token).filter(([name]) => !["iat", "exp", "jti"].includes(name)));
  const cookie = sessionCookie();
  const renewed = await encode({ token: { ...claims, signedInAt }, secret, maxAge });
  return { name: cookie.name, value: renewed, options: { ...cookie.options, maxAge } };
}

export async function clearSessionCookie(): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}
