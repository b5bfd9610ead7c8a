// Loaded into `next start` and `next dev` before Next.js (NODE_OPTIONS=--import,
// set by scripts/server-preloads.ts): one log line per HTTP request, and the
// request's id on every line the app logs while serving it (README, "Logs").
//
// Why here: only the server sees a request from its first byte to its last,
// pages, API routes, server actions and static files alike, with the status
// and the time it took; Next.js gives the app no hook after the response.
// The app adds who asked (platform/log/request-log.ts: noteActor) to the
// request's context, which this file creates and logs when the response ends.
//
// What a line holds: the method, the route *pattern* (never the path: wall
// links, invitations and unsubscribe links carry their secret in it), the
// status, the duration, the request id, the user id and the token id. Never
// a header, a query string, a cookie, a body.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import pino from "pino";

// The same symbols as platform/log/request-log.ts and platform/log/logger.ts
// (scripts/request-log-preload.test.ts holds them equal).
export const CONTEXT_KEY = Symbol.for("ssiboard.request-log");
export const LOGGER_KEY = Symbol.for("ssiboard.logger");
export const REQUEST_ID_HEADER = "x-request-id";

/** An id a caller or a proxy sent is kept when it is short and plain (a UUID, a ULID, a trace id); anything else is replaced. */
const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+=/-]{0,127}$/;
export function requestIdOf(sent) {
  return typeof sent === "string" && VALID_ID.test(sent) ? sent : randomUUID();
}

// The app's routes, read from its own folder (app/): Next.js builds them from
// it, and it is there in development too, where the dev server's manifest
// lists no route until each is compiled. Read again at most every 2 s in
// development (a page added while it runs), once in production.
const ROUTE_FILE = /^(page|route)\.(tsx|ts|jsx|js|mdx)$/;
let routes = { readAt: -Infinity, exact: new Set(), patterns: [] };

/** A route's regular expression from its folders: [id] one segment, [...rest] one or more, [[...rest]] any. */
function patternOf(segments) {
  let source = "";
  for (const segment of segments) {
    if (segment.startsWith("[[...")) source += "(?:/.+)?";
    else if (segment.startsWith("[...")) source += "/.+";
    else if (segment.startsWith("[")) source += "/[^/]+";
    else source += "/" + segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source || "/"}/?$`);
}

/** How loosely a route matches: one per dynamic segment, two per catch-all (tried after the rest). */
function weightOf(segments) {
  return segments.reduce((sum, s) => sum + (s.startsWith("[...") || s.startsWith("[[...") ? 2 : s.startsWith("[") ? 1 : 0), 0);
}

function readRoutes(folder, segments, found) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  if (entries.some((entry) => entry.isFile() && ROUTE_FILE.test(entry.name))) {
    const page = "/" + segments.join("/");
    if (segments.some((segment) => segment.startsWith("["))) found.patterns.push({ page, regex: patternOf(segments), dynamic: weightOf(segments) });
    else found.exact.add(page);
  }
  for (const entry of entries) {
    // Private folders (_x) are not routes; groups ((x)) and slots (@x) add no segment.
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const adds = entry.name.startsWith("(") || entry.name.startsWith("@") ? [] : [entry.name];
    readRoutes(path.join(folder, entry.name), [...segments, ...adds], found);
  }
}

function loadRoutes() {
  const now = performance.now();
  if (routes.readAt > -Infinity && (process.env.NODE_ENV === "production" || now - routes.readAt < 2000)) return routes;
  const found = { readAt: now, exact: new Set(), patterns: [] };
  readRoutes(path.join(process.cwd(), "app"), [], found);
  // The most specific first, as Next.js matches them: fewer dynamic segments, then the longer.
  found.patterns.sort((a, b) => a.dynamic - b.dynamic || b.page.length - a.page.length);
  routes = found;
  return routes;
}

/** The route pattern a path is served by: "/api/v1/users/[id]/scores", "/_next/*", or "(unmatched)". */
export function routeOf(url) {
  const pathname = (url ?? "/").split("?")[0].replace(/\.rsc$/, "") || "/";
  if (pathname.startsWith("/_next/")) return "/_next/*";
  const known = loadRoutes();
  const trimmed = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  if (known.exact.has(trimmed)) return trimmed;
  return known.patterns.find((r) => r.regex.test(pathname))?.page ?? "(unmatched)";
}

export const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function createLogger() {
  const level = process.env.LOG_LEVEL || "info";
  if (!LEVELS.includes(level)) {
    // Before Next.js starts: the same one line as the app's own configuration check.
    console.error(`Invalid configuration: LOG_LEVEL must be one of ${LEVELS.join(", ")}`);
    process.exit(1);
  }
  const options = {
    level,
    base: { service: "ssi-board", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  if (process.env.NODE_ENV === "production") return pino(options, pino.destination({ dest: 1, sync: true }));
  // Readable lines in development; pino-pretty as a stream in this thread (no worker to start).
  return import("pino-pretty").then(({ default: pretty }) => pino(options, pretty({ colorize: true, translateTime: "HH:MM:ss.l", ignore: "pid,service" })));
}

const contexts = (globalThis[CONTEXT_KEY] ??= new AsyncLocalStorage());
const logger = await createLogger();
globalThis[LOGGER_KEY] = logger;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitLogged(event, ...args) {
  if (event !== "request") return emit.call(this, event, ...args);
  const [request, response] = args;
  const started = process.hrtime.bigint();
  const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
  // The app and anything it calls read the id from the request, the client from the answer.
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const context = { requestId, userId: null, tokenId: null };
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const line = {
      requestId,
      method: request.method,
      route: routeOf(request.url),
      status: response.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      userId: context.userId,
      tokenId: context.tokenId,
      ...(request.headers["next-action"] ? { action: true } : {}),
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    // Every request at info (LOG_LEVEL=warn keeps only the server's failures).
    logger[line.status >= 500 ? "error" : "info"](line, "request");
  };
  response.once("finish", done);
  response.once("close", done);
  return contexts.run(context, () => emit.call(this, event, ...args));
};
