import "server-only";
import { serverEnv } from "@/platform/config/env";
import { db } from "@/platform/db/prisma";
import { rateKindOf, rateLimits, windowAt, type RateState } from "./rate-limit";

/**
 * Counts one request of `caller` ("token:<id>" or "user:<id>") and says
 * where it stands. One statement: concurrent requests on any instance each
 * get their own number, so exactly the limit get through. The request that
 * opens a caller's window also deletes every past window (an indexed delete
 * of a minute's rows): the table holds about one row per active caller.
 */
export async function countRequest(request: Request, caller: string, now = new Date()): Promise<RateState> {
  const kind = rateKindOf(request);
  const limit = rateLimits(serverEnv().SSI_API_RATE_LIMITS)[kind];
  const { start, resetS } = windowAt(now);
  const key = `${kind}:${caller}`;
  const [row] = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = row?.count ?? 1;
  if (count === 1) await db().$executeRaw`DELETE FROM "ApiRateWindow" WHERE "windowStart" < ${start}`;
  return { kind, limit, count, resetS };
}
