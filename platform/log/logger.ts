// The app's log (README, "Logs"): JSON lines on stdout in production,
// readable ones in development (pino-pretty), at LOG_LEVEL (info). Inside a
// request every line carries its id. Served by `next start`, the logger is
// the one the server preload made (scripts/request-log-preload.mjs), so the
// request lines and the app's share one stream and one set of options;
// elsewhere (the worker, scripts, tests) an equal one is made here.
// Never log a password, a token, a cookie or a secret: the redaction below
// is a last line of defence, not a licence.
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { currentRequestLog } from "./request-log";

// The preload's key (scripts/request-log-preload.test.ts holds them equal).
export const LOGGER_KEY = Symbol.for("ssiboard.logger");
const shared = globalThis as unknown as Record<symbol, Logger | undefined>;

/** Field names whose values never reach a log line, at any depth (pino's redaction paths). */
export const REDACTED = ["password", "token", "secret", "cookie", "authorization", "passwordHash", "tokenHash"].flatMap((name) => [name, `*.${name}`, `*.*.${name}`]);

function createLogger(): Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL || "info",
    base: { service: "ssi-board", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  if (process.env.NODE_ENV === "production") return pino(options, pino.destination({ dest: 1, sync: true }));
  return pino(options, pretty({ colorize: true, translateTime: "HH:MM:ss.l", ignore: "pid,service" }));
}

function base(): Logger {
  shared[LOGGER_KEY] ??= createLogger();
  return shared[LOGGER_KEY];
}

/** The logger, with the request's id on each line when called while serving one. */
export function log(): Logger {
  const request = currentRequestLog();
  return request ? redacted().child({ requestId: request.requestId }) : redacted();
}

let plain: Logger | undefined;
function redacted(): Logger {
  plain ??= base().child({}, { redact: { paths: REDACTED, censor: "[redacted]" } });
  return plain;
}
