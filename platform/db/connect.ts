// Builds a Prisma client on a pg pool. Used by the app's singleton (prisma.ts),
// the scripts and the integration tests.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

// Each client's pool, for the few statements sent through `pg` itself
// (platform/db/prepared.ts). A registered symbol: Next.js bundles this module once
// per kind of route, and the client made by one copy reaches the others.
const POOL = Symbol.for("ssiboard.pool");

/** The pg pool under a client made by createDb. */
export function poolOf(db: Db): pg.Pool {
  const pool = (db as Db & { [POOL]?: pg.Pool })[POOL];
  if (!pool) throw new Error("poolOf: this client was not made by createDb");
  return pool;
}

/**
 * How long one statement, and a transaction left idle, may hold a
 * connection, per kind of work. The server enforces both (statement_timeout,
 * idle_in_transaction_session_timeout: it cancels the statement or ends the
 * session, so no transaction stays open); a server that cannot even do that
 * (frozen, or the network gone) is given up by the client a little later
 * (pg's query_timeout). Either way the request gets a 503 with Retry-After
 * (platform/db/unavailable.ts) instead of waiting for ever.
 */
export const TIMEOUTS = {
  /** Pages, the API, server actions: a few seconds (the slowest board query at 50,000 reps takes well under one). */
  request: { statementMs: 5_000, idleInTransactionMs: 10_000 },
  /** Imports, exports and reports over the whole company. */
  long: { statementMs: 60_000, idleInTransactionMs: 60_000 },
} as const;
export type WorkKind = keyof typeof TIMEOUTS;
// What the client adds to the server's limit before it gives up on a silent server.
const CLIENT_MARGIN_MS = 2_000;

/** A Prisma client for `connectionString`; the pool never crashes the process on an idle error. Scripts (migrations, seeds) pass no `work`: no limit. */
export function createDb(connectionString: string, options: { max?: number; work?: WorkKind } = {}): Db {
  const limits = options.work ? TIMEOUTS[options.work] : null;
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    // A database that does not answer fails the request in seconds (a 503,
    // platform/db/unavailable.ts) rather than holding it forever.
    connectionTimeoutMillis: 5000,
    // Timestamps are stored in UTC: now() and column defaults must not
    // follow the database server's time zone.
    options: ["-c TimeZone=UTC", ...(limits ? [`-c statement_timeout=${limits.statementMs}`, `-c idle_in_transaction_session_timeout=${limits.idleInTransactionMs}`] : [])].join(" "),
    ...(limits ? { query_timeout: limits.statementMs + CLIENT_MARGIN_MS } : {}),
  });
  // An idle client's error (server restarted, database dropped) would
  // otherwise be an unhandled 'error' event that kills the process; the
  // next query reconnects or reports the failure itself.
  pool.on("error", (error) => console.error(`database: idle connection lost: ${error.message}`));
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  Object.defineProperty(db, POOL, { value: pool });
  return db;
}

/** Connects once and reports a clear, single-line reason when the database cannot be reached. */
export async function checkDatabase(connectionString: string): Promise<string | null> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    return `Cannot reach the database at DATABASE_URL (${describeUrl(connectionString)}): ${reason}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** host:port/database, without the password. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "unparseable URL";
  }
}
