// The database limits per kind of work (platform/db/connect.ts, TIMEOUTS):
// the app's sessions carry them, long work gets the longer ones, and a
// statement past its limit is cancelled by PostgreSQL and reads as "the
// database did not answer" (a 503 with Retry-After), leaving no transaction open.
import { describe, expect, it } from "vitest";
import { db } from "../../platform/db/prisma";
import { asLongWork } from "../../platform/db/long-work";
import { isDatabaseUnavailable } from "../../platform/db/unavailable";

const setting = async (name: "statement_timeout" | "idle_in_transaction_session_timeout") =>
  (await db().$queryRaw<{ value: string }[]>`SELECT current_setting(${name}) AS value`)[0]?.value;

describe("database timeouts", () => {
  it("are 5 s a statement and 10 s idle in a transaction for requests, a minute for long work", async () => {
    expect([await setting("statement_timeout"), await setting("idle_in_transaction_session_timeout")]).toEqual(["5s", "10s"]);
    const long = await asLongWork(async () => [await setting("statement_timeout"), await setting("idle_in_transaction_session_timeout")]);
    expect(long).toEqual(["1min", "1min"]);
  });

  it("cancel a statement past its limit, which reads as the database not answering, and leave no transaction open", async () => {
    const name = `Timed out ${Date.now()}`;
    const caught = await db()
      .$transaction(async (tx) => {
        await tx.team.create({ data: { name } });
        await tx.$queryRaw`SELECT pg_sleep(6)`;
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(caught).not.toBeNull();
    expect(isDatabaseUnavailable(caught)).toBe(true);
    // Rolled back, not left open: what the transaction wrote is gone, and the client works on.
    expect(await db().team.count({ where: { name } })).toBe(0);
  });
});
