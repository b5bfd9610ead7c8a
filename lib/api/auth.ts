import "server-only";
import type { SessionUser } from "../auth/data";
import { getCurrentUser } from "../auth/session";
import { findTokenUser } from "./data";
import { ApiError } from "./http";
import { isReadMethod } from "./methods";

function allowedOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(request.url).origin]);
  const configured = process.env.NEXTAUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  const host = request.headers.get("host");
  if (host) origins.add(`${new URL(request.url).protocol}//${host}`);
  return origins;
}

/**
 * Whether a cookie-authenticated request may act: one with an Origin must
 * come from the app's own pages; a write must say where it comes from: its
 * Origin, or (a browser that leaves Origin out) Sec-Fetch-Site: same-origin.
 * A page elsewhere (or a script that borrowed a cookie) must not act with a
 * signed-in user's session.
 */
export function fromOwnPage(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) return allowedOrigins(request).has(origin);
  return isReadMethod(request.method) || request.headers.get("sec-fetch-site") === "same-origin";
}

/**
 * The user an API request acts for: the owner of a bearer token, or the
 * signed-in user of the session cookie. A read-only token may not write
 * (403). A cookie-authenticated request must come from the app's own pages.
 */
export async function apiUser(request: Request): Promise<SessionUser> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
    const found = token ? await findTokenUser(token) : null;
    if (!found) throw new ApiError("unauthorized");
    if (found.readOnly && !isReadMethod(request.method)) throw new ApiError("token-read-only");
    return found.user;
  }
  const user = await getCurrentUser();
  if (!user) throw new ApiError("unauthorized");
  if (!fromOwnPage(request)) throw new ApiError("cross-site");
  return user;
}
