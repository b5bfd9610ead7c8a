import "server-only";
import { createDb, type Db } from "./connect";
import { inLongWork } from "./long-work";
import { serverEnv } from "@/platform/config/env";

// One client per server process, created on first use so that `next build`
// needs no database. In development modules are re-evaluated on every edit:
// keep the client on globalThis rather than open new pools.
const globalForDb = globalThis as unknown as { ssiBoardDb?: Db; ssiBoardLongDb?: Db };

/** The app's Prisma client, for requests: a statement may take 5 s (TIMEOUTS in connect.ts); inside asLongWork, a minute. Only data.ts / mutations.ts modules call it. */
export function db(): Db {
  if (inLongWork()) return longDb();
  globalForDb.ssiBoardDb ??= createDb(serverEnv().DATABASE_URL, { work: "request", max: serverEnv().SSI_DB_POOL_SIZE });
  return globalForDb.ssiBoardDb;
}

/**
 * The client for imports, exports and reports over the whole company, whose
 * statements may take a minute. A small pool of its own: a few long jobs at
 * once never take the connections the pages need.
 */
export function longDb(): Db {
  globalForDb.ssiBoardLongDb ??= createDb(serverEnv().DATABASE_URL, { work: "long", max: 3 });
  return globalForDb.ssiBoardLongDb;
}
