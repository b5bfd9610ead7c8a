// The session cookie: a random token naming a Session row (sessions.ts).
// It proves nothing by itself; the row says whether it still holds.
import "server-only";
import { cookies } from "next/headers";
import { serverEnv } from "@/platform/config/env";

/** A session ends after this long without a request… */
export const SESSION_IDLE_S = 12 * 60 * 60;
/** …and this long after signing in, however active. */
export const SESSION_ABSOLUTE_S = 30 * 24 * 60 * 60;
/** A password checked and a second factor not yet: this long to give it. */
export const PENDING_S = 10 * 60;

/**
 * The session cookie's name. Over https, `__Host-`: browsers keep it only when
 * it is Secure, for path / and without a Domain, so no other host (a
 * subdomain) can set or read it. Plain http (localhost) cannot use a prefix.
 */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}ssi-session`;
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

/** This request's session token, or null. */
export async function readSessionCookie(): Promise<string | null> {
  return (await cookies()).get(sessionCookie().name)?.value ?? null;
}

/**
 * Gives this browser `token`. The cookie lives as long as a session may; the
 * server ends the session sooner when it goes idle or is ended.
 */
export async function setSessionCookie(token: string): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_ABSOLUTE_S });
}

export async function clearSessionCookie(): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}
