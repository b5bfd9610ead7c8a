import "server-only";
import { createDb, type Db } from "./connect";
import { serverEnv } from "@/platform/config/env";

// One client per server process, created on first use so that `next build`
// needs no database. In development modules are re-evaluated on every edit:
// keep the client on globalThis rather than open new pools.
const globalForDb = globalThis as unknown as { ssiBoardDb?: Db };

/** The app's Prisma client. Only data.ts / mutations.ts modules call it. */
export function db(): Db {
  globalForDb.ssiBoardDb ??= createDb(serverEnv().DATABASE_URL);
  return globalForDb.ssiBoardDb;
}
