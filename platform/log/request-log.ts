// The request being served, as the server preload (scripts/request-log-preload.mjs)
// records it for its one log line per request: its id, and who asked, which
// only the app learns (a session cookie or a token, checked in platform/auth).
// Outside `next start` / `next dev` with the preload (a script, a test, the
// worker) there is no request, and these do nothing.
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestLogContext {
  requestId: string;
  userId: string | null;
  tokenId: string | null;
}

// The preload's key (scripts/request-log-preload.test.ts holds them equal).
export const CONTEXT_KEY = Symbol.for("ssiboard.request-log");
const shared = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestLogContext> | undefined>;

/** The request in hand, or undefined outside one. */
export function currentRequestLog(): RequestLogContext | undefined {
  return shared[CONTEXT_KEY]?.getStore();
}

/** Records who the request acts for, for its log line: a person, and the token they used. */
export function noteActor(userId: string, tokenId: string | null = null): void {
  const context = currentRequestLog();
  if (!context) return;
  context.userId = userId;
  context.tokenId = tokenId;
}
