import "server-only";
import type { SessionUser } from "@/platform/auth/data";
import { getCurrentUser } from "@/platform/auth/session";
import { findTokenUser } from "@/platform/auth/token-data";
import { ApiError } from "@/platform/http/http";
import { isReadMethod } from "@/platform/security/read-methods";
import { fromOwnPage } from "@/platform/security/same-origin";
import { overLimit, rememberRateState } from "./rate-limit";
import { countRequest } from "./rate-limit-mutations";
import { noteActor } from "@/platform/log/request-log";

/** Counts the request against its caller's limit; over it, a 429 (with Retry-After: apiRoute). */
async function limit(request: Request, caller: string): Promise<void> {
  const state = await countRequest(request, caller);
  rememberRateState(request, state);
  if (overLimit(state)) throw new ApiError("rate-limited");
}

/**
 * The user an API request acts for: the owner of a bearer token, or the
 * signed-in user of the session cookie. A read-only token may not write
 * (403). A cookie-authenticated request must come from the app's own pages.
 * Every request is counted against its token's, or its user's, limit per
 * minute (rate-limit.ts); an unauthenticated one is refused before counting.
 */
export async function apiUser(request: Request): Promise<SessionUser> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
    const found = token ? await findTokenUser(token) : null;
    if (!found) throw new ApiError("unauthorized");
    noteActor(found.user.id, found.tokenId);
    if (found.readOnly && !isReadMethod(request.method)) throw new ApiError("token-read-only");
    await limit(request, `token:${found.tokenId}`);
    return found.user;
  }
  const user = await getCurrentUser();
  if (!user) throw new ApiError("unauthorized");
  if (!fromOwnPage(request)) throw new ApiError("cross-site");
  await limit(request, `user:${user.id}`);
  return user;
}
