import "server-only";
import type { SessionUser } from "../auth/data";
import { getCurrentUser } from "../auth/session";
import { findTokenUser } from "./data";
import { ApiError } from "./http";

function allowedOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(request.url).origin]);
  const configured = process.env.NEXTAUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  const host = request.headers.get("host");
  if (host) origins.add(`${new URL(request.url).protocol}//${host}`);
  return origins;
}

/**
 * The user an API request acts for: the owner of a bearer token, or the
 * signed-in user of the session cookie. A cookie-authenticated request from
 * another site's page (foreign Origin) is refused, so no page elsewhere can
 * act with a signed-in user's cookie.
 */
export async function apiUser(request: Request): Promise<SessionUser> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
    const user = token ? await findTokenUser(token) : null;
    if (!user) throw new ApiError("unauthorized");
    return user;
  }
  const user = await getCurrentUser();
  if (!user) throw new ApiError("unauthorized");
  const origin = request.headers.get("origin");
  if (origin !== null && !allowedOrigins(request).has(origin)) throw new ApiError("cross-site");
  return user;
}
