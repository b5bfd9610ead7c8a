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
import { existsSync, readFileSync, statSync } from "node:fs";
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

/** The app's routes, from the manifest Next.js writes (production build, or the dev server's). */
function manifestFile() {
  const production = path.join(process.cwd(), ".next", "routes-manifest.json");
  const dev = path.join(process.cwd(), ".next", "dev", "routes-manifest.json");
  return process.env.NODE_ENV === "production" || !existsSync(dev) ? production : dev;
}

let routes = { file: "", changed: 0, exact: new Map(), patterns: [] };

function loadRoutes() {
  const file = manifestFile();
  let changed = 0;
  try {
    changed = statSync(file).mtimeMs;
  } catch {
    return routes;
  }
  if (file === routes.file && changed === routes.changed) return routes;
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    routes = {
      file,
      changed,
      exact: new Map((manifest.staticRoutes ?? []).map((r) => [r.page, r.page])),
      patterns: (manifest.dynamicRoutes ?? []).map((r) => ({ page: r.page, regex: new RegExp(r.regex) })),
    };
  } catch {
    // A manifest being rewritten by the dev server: the last one read serves.
  }
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
