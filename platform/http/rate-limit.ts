// How many API requests a caller (one token, or one signed-in user) may send
// per minute, by kind: reads are cheap, writes each change data and fire
// notifications, and an import plans a whole file. Fixed windows of one
// minute, counted in PostgreSQL (rate-limit-mutations.ts) so that every app
// instance shares the same count. Headers from the IETF draft
// "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers):
// RateLimit-Policy says the rule, RateLimit what is left and when it resets.
import { isReadMethod } from "@/platform/security/read-methods";

export type RateKind = "read" | "write" | "import";

export const WINDOW_S = 60;

export const DEFAULT_LIMITS: Readonly<Record<RateKind, number>> = { read: 300, write: 60, import: 10 };

/** The limits, with what SSI_API_RATE_LIMITS ("read=300,write=60,import=10") sets. */
export function rateLimits(configured: string | undefined): Record<RateKind, number> {
  const limits = { ...DEFAULT_LIMITS };
  for (const part of configured?.split(",") ?? []) {
    const [kind, value] = part.split("=");
    if (kind === "read" || kind === "write" || kind === "import") limits[kind] = Number(value);
  }
  return limits;
}

/** Which limit a request counts against. */
export function rateKindOf(request: Request): RateKind {
  if (isReadMethod(request.method)) return "read";
  return new URL(request.url).pathname.startsWith("/api/v1/imports/") ? "import" : "write";
}

export interface RateState {
  kind: RateKind;
  limit: number;
  /** This request's number in the window, itself included. */
  count: number;
  /** Seconds until the window resets. */
  resetS: number;
}

export const overLimit = (state: RateState) => state.count > state.limit;

/** The window a moment falls in: its start, and the seconds left in it. */
export function windowAt(now: Date): { start: Date; resetS: number } {
  const startMs = Math.floor(now.getTime() / (WINDOW_S * 1000)) * WINDOW_S * 1000;
  return { start: new Date(startMs), resetS: Math.max(1, Math.ceil((startMs + WINDOW_S * 1000 - now.getTime()) / 1000)) };
}

/** The draft's headers for a request; a refused one also gets Retry-After. */
export function rateHeaders(state: RateState): Record<string, string> {
  const remaining = Math.max(0, state.limit - state.count);
  return {
    "RateLimit-Policy": `"${state.kind}";q=${state.limit};w=${WINDOW_S}`,
    RateLimit: `"${state.kind}";r=${remaining};t=${state.resetS}`,
    ...(overLimit(state) ? { "Retry-After": String(state.resetS) } : {}),
  };
}

// Each request's count, for the API's wrapper to put in the answer's headers (http.ts).
const rateStates = new WeakMap<Request, RateState>();

export const rememberRateState = (request: Request, state: RateState) => void rateStates.set(request, state);

/** Where `request` stands against its caller's limit, once apiUser has counted it. */
export const rateStateOf = (request: Request): RateState | undefined => rateStates.get(request);
