// Whether an error means the database cannot be reached (stopped, restarting,
// out of connections, network gone), as opposed to a bug or a refused
// statement. Those answer 503 with Retry-After, not 500: the request was
// fine and will work again by itself (README, Security: faults).

/** How long clients are told to wait before trying again, in seconds. */
export const RETRY_AFTER_S = 5;

// Node's socket errors and the pool's own.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// PostgreSQL: connection exceptions (class 08), shutting down or starting up
// (57P01–57P03), too many connections (53300), a statement cancelled by its
// timeout (57014) and a session ended for idling in a transaction (25P03):
// our own limits (platform/db/connect.ts, TIMEOUTS) on a database too slow to answer.
const SQLSTATES = /^(08...|57P0[123]|57014|25P03|53300)$/;
// Prisma: cannot reach, timed out, connection closed, no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Prisma's P2028 is any interactive-transaction failure; only this one says
// the pool had no connection for it in time (the database is overloaded).
const TRANSACTION_NOT_STARTED = /Unable to start a transaction in the given time/i;
// pg says these in words only.
// "Query read timeout": the client gave up on a server that said nothing (connect.ts).
const MESSAGES = /Query read timeout|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Cannot use a pool after calling end/i;

/** Whether `error` (or what it wraps) says the database is out of reach. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && (SOCKET_CODES.has(code) || SQLSTATES.test(code) || PRISMA_CODES.has(code))) return true;
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  if (code === "P2028" && typeof message === "string" && TRANSACTION_NOT_STARTED.test(message)) return true;
  // Prisma's driver adapter keeps pg's error as `cause`, or in `meta.driverAdapterError`.
  const meta = (error as { meta?: { driverAdapterError?: unknown } }).meta;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}
