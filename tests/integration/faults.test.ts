// What the app answers when the database is out of reach (README, Security: faults).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../platform/db/connect";
import { isDatabaseUnavailable } from "../../platform/db/unavailable";
import { closeMonth } from "../../features/incentives/mutations";
import { runImport } from "../../features/imports/mutations";
import { monthToDate } from "../../platform/time/month";
import { auditCount, createApiToken, createTeam, createUser, scoreCount, testDb } from "../factories";

const app = globalThis as unknown as { ssiBoardDb?: Db };
let kept: Db | undefined;

/** Points the app at a database that does not answer (nothing listens on port 9). */
function databaseGone(): Db {
  kept = app.ssiBoardDb;
  const gone = createDb("postgresql://nobody:none@127.0.0.1:9/none");
  app.ssiBoardDb = gone;
  return gone;
}

afterEach(async () => {
  const gone = app.ssiBoardDb;
  app.ssiBoardDb = kept;
  if (gone && gone !== kept) await gone.$disconnect();
});

describe("the database out of reach", () => {
  it("is told apart from other errors", async () => {
    const gone = databaseGone();
    const caught = await gone.user.count().then(() => null, (error: unknown) => error);
    expect(caught).not.toBeNull();
    expect(isDatabaseUnavailable(caught)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "23505" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "57P01" })).toBe(true);
  });

  it("counts a transaction that found no free connection in time as unavailable (a 503), not a bug", async () => {
    const url = process.env.DATABASE_URL ?? "";
    const one = createDb(url, { max: 1 });
    let release = () => {};
    const held = one.$transaction(() => new Promise<void>((resolve) => (release = resolve)), { timeout: 10_000 });
    try {
      const caught = await one.$transaction(async (tx) => tx.user.count(), { maxWait: 200 }).then(() => null, (error: unknown) => error);
      expect((caught as { code?: string } | null)?.code).toBe("P2028");
      expect(isDatabaseUnavailable(caught)).toBe(true);
    } finally {
      release();
      await held;
      await one.$disconnect();
    }
  });

  it("answers the API with 503, Retry-After and a message in the caller's language", async () => {
    const rep = await createUser({});
    const { token } = await createApiToken(rep.id);
    databaseGone();
    const { GET } = await import("../../app/api/v1/me/route");
    const response = await GET(new Request("http://app.test/api/v1/me", { headers: { authorization: `Bearer ${token}`, "accept-language": "fr" } }), undefined as never);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: { code: "database-unavailable", message: "SSI Board ne parvient pas à joindre sa base de données pour le moment. Rien n'a été modifié : réessayez dans quelques secondes." },
    });
  });

  it("answers a page with a 503 that says so in the visitor's language and tries again by itself", async () => {
    databaseGone();
    const { proxy } = await import("../../proxy");
    const response = await proxy(new NextRequest("http://app.test/leaderboard", { headers: { "accept-language": "fr-FR,fr;q=0.9", cookie: "ssi-session=x" } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("SSI Board est indisponible pour un instant");
    expect(html).toContain('http-equiv="refresh"');
  });

  it("lets pages through again as soon as the database answers", async () => {
    const { proxy } = await import("../../proxy");
    const response = await proxy(new NextRequest("http://app.test/leaderboard", { headers: { cookie: "ssi-session=x" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("work interrupted halfway", () => {
  /**
   * Runs `work` with its connection cut just before it records its audit
   * event (the last thing it writes, after everything else): the database
   * ends the session then, as if the app's process or the network died.
   */
  async function cutBeforeEvent(kind: string, actorId: string, work: () => Promise<unknown>): Promise<unknown> {
    // Which event to cut at is a row the trigger reads: the SQL stays fixed.
    await testDb().$executeRaw`CREATE TABLE "TestCut" (kind text NOT NULL, "actorId" text NOT NULL)`;
    await testDb().$executeRaw`INSERT INTO "TestCut" (kind, "actorId") VALUES (${kind}, ${actorId})`;
    await testDb().$executeRaw`CREATE FUNCTION "testCut"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "TestCut" c WHERE c.kind = NEW.kind AND c."actorId" = NEW."actorId") THEN
          PERFORM pg_terminate_backend(pg_backend_pid());
        END IF;
        RETURN NEW;
      END $$`;
    await testDb().$executeRaw`CREATE TRIGGER "testCut" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "testCut"()`;
    try {
      return await work().then(() => null, (error: unknown) => error);
    } finally {
      await testDb().$executeRaw`DROP TRIGGER "testCut" ON "AuditEvent"`;
      await testDb().$executeRaw`DROP FUNCTION "testCut"()`;
      await testDb().$executeRaw`DROP TABLE "TestCut"`;
    }
  }

  it("a score import leaves no entry and no audit row, and runs whole once the connection is back", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const reps = [await createUser({}), await createUser({})];
    const file = ["email,month,total", ...reps.flatMap((r) => [`${r.email},2022-03,41`, `${r.email},2022-04,43`])].join("\n");
    const options = { dryRun: false, actorId: admin.id, currentMonth: "2026-11" as const };
    const failed = await cutBeforeEvent("import.scores", admin.id, () => runImport("scores", file, options));
    expect(isDatabaseUnavailable(failed)).toBe(true);
    for (const rep of reps) {
      expect(await scoreCount(rep.id)).toBe(0);
      expect(await auditCount(rep.id)).toBe(0);
    }
    expect(await runImport("scores", file, options)).toMatchObject({ created: 4, errors: [] });
    for (const rep of reps) expect(await scoreCount(rep.id)).toBe(2);
  });

  it("a people import creates no one and no team", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const tag = Math.random().toString(36).slice(2, 8);
    const file = ["name,email,role,team", `Cut One,cut-one-${tag}@test.example,REP,Cut ${tag}`, `Cut Two,cut-two-${tag}@test.example,REP,Cut ${tag}`].join("\n");
    const failed = await cutBeforeEvent("import.people", admin.id, () => runImport("people", file, { dryRun: false, actorId: admin.id, currentMonth: "2026-11" }));
    expect(isDatabaseUnavailable(failed)).toBe(true);
    expect(await testDb().user.count({ where: { email: { contains: tag } } })).toBe(0);
    expect(await testDb().team.count({ where: { name: `Cut ${tag}` } })).toBe(0);
  });

  it("a month close leaves the month open", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await createTeam();
    const failed = await cutBeforeEvent("month.close", admin.id, () => closeMonth(admin.id, "2022-06", "payroll"));
    expect(isDatabaseUnavailable(failed)).toBe(true);
    expect(await testDb().closedMonth.count({ where: { month: monthToDate("2022-06") } })).toBe(0);
    expect(await testDb().auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
  });
});
