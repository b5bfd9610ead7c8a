// SSI Board under faults (issue 12): bursts of writes, and several app instances on one database.
import { expect, test } from "./support/test";
import { thisMonth } from "../../platform/time/calendar";
import { startApp, type AppServer } from "../../scripts/bench/app-server";
import { auditCount, createApiToken, createUser, scoreCount, testDb } from "../factories";
import { SignInPage } from "./support/sign-in-page";

test.describe("bursts", () => {
  test("200 concurrent writes for one rep and month: one row, 200 audit entries, no 5xx", async ({ request }) => {
    const rep = await createUser({});
    const { token } = await createApiToken(rep.id);
    const month = thisMonth();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        request.post("/api/v1/scores", {
          headers: { Authorization: `Bearer ${token}` },
          data: { month, brand: (i % 250) / 10, people: 10, insights: 10, relationships: 10, total: "" },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status());
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(199);
    expect(await scoreCount(rep.id)).toBe(1);
    expect(await auditCount(rep.id)).toBe(200);
  });
});

test.describe("two app instances on one database", () => {
  let second: AppServer;
  test.beforeAll(async () => {
    // The same database and secret as the instance the other tests use, as behind a load balancer.
    second = await startApp(process.env.DATABASE_URL ?? "", { secret: process.env.NEXTAUTH_SECRET });
  });
  test.afterAll(async () => second?.stop());

  test("share sessions and sign-out", async ({ page, browser }) => {
    const rep = await createUser({});
    await new SignInPage(page).signInAs(rep);
    // Cookies go by host, not port: the browser sends the same session to both.
    const me = await page.request.get(`${second.base}/api/v1/me`);
    expect(me.status()).toBe(200);
    expect((await me.json()).id).toBe(rep.id);
    const copy = await page.context().cookies();

    await page.goto(`${second.base}/`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    const replay = await browser.newContext();
    await replay.addCookies(copy);
    expect((await replay.request.get("/api/v1/me")).status()).toBe(401);
    expect((await replay.request.get(`${second.base}/api/v1/me`)).status()).toBe(401);
    await replay.close();
  });

  test("a session ended on one instance is signed out at its next request on the other: by its owner, then everyone's by an admin", async ({ browser }) => {
    const rep = await createUser({});
    const admin = await createUser({ role: "ADMIN" });
    const mine = await browser.newContext();
    const other = await browser.newContext({ userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15" });
    const here = await mine.newPage();
    const there = await other.newPage();
    await new SignInPage(here).signInAs(rep);
    // The other browser signs in on the second instance.
    await there.goto(`${second.base}/sign-in`);
    await new SignInPage(there).signIn(rep.email, rep.password);
    await expect(there.getByRole("button", { name: "Sign out" })).toBeVisible();

    await here.goto("/settings/security");
    const sessions = here.getByRole("table", { name: "Active sessions" }).getByRole("row");
    await expect(sessions).toHaveCount(3);
    await expect(sessions.filter({ hasText: "This browser" })).toHaveCount(1);
    await here.getByRole("button", { name: /^End the session of Safari 17 · macOS$/ }).click();
    await expect(sessions).toHaveCount(2);
    await there.goto(`${second.base}/settings/account`);
    await expect(there).toHaveURL(/\/sign-in/);
    expect((await there.request.get(`${second.base}/api/v1/me`)).status()).toBe(401);

    // Signed in again there; "end the other session" from here, on the first instance.
    await new SignInPage(there).signIn(rep.email, rep.password);
    await expect(there.getByRole("button", { name: "Sign out" })).toBeVisible();
    await here.reload();
    await here.getByRole("button", { name: "End the other session" }).click();
    await expect(here.getByText("The other sessions are ended.")).toBeVisible();
    await there.goto(`${second.base}/`);
    await expect(there).toHaveURL(/\/sign-in/);

    // An admin ends every session of the rep, this browser's included.
    const adminPage = await browser.newPage();
    await new SignInPage(adminPage).signInAs(admin);
    await adminPage.goto(`${second.base}/admin/people/${rep.id}`);
    await adminPage.getByRole("button", { name: `End all sessions of ${rep.name}` }).click();
    await expect(adminPage.getByText("Every session is ended", { exact: false })).toBeVisible();
    await here.goto("/settings/security");
    await expect(here).toHaveURL(/\/sign-in/);
    const kinds = await testDb().auditEvent.findMany({ where: { kind: "security.sessions", OR: [{ actorId: rep.id }, { actorId: admin.id }] }, select: { details: true } });
    expect(kinds.map((k) => (k.details as { ended?: string }).ended).sort()).toEqual(["all-by-admin", "one", "others"]);
    await Promise.all([mine.close(), other.close(), adminPage.close()]);
  });

  test("share the sign-in limits", async ({ request, baseURL }) => {
    const user = await createUser({});
    const attempt = (base: string, password: string) =>
      request.post(`${base}/api/auth/sign-in`, {
        form: { email: user.email, password },
        headers: { origin: base, accept: "application/json", "x-forwarded-for": "198.51.100.200" },
      });
    for (let i = 0; i < 6; i++) expect((await attempt(baseURL ?? "", `guess-${i}`)).status()).toBe(401);
    const elsewhere = await attempt(second.base, user.password);
    expect(elsewhere.status()).toBe(429);
    expect(Number(elsewhere.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  });
});

test.describe("the database stopped under load", () => {
  test("the app stays up, answers 503 meanwhile, loses nothing it acknowledged, and answers normally within 5 s of the database's return", async () => {
    test.setTimeout(180_000);
    const { mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { freePort, startEmbeddedPostgres } = await import("../../scripts/db/embedded-postgres");
    const { applyMigrations } = await import("../../scripts/db/migrations");
    const { createDb } = await import("../../platform/db/connect");
    const { generateToken, hashToken } = await import("../../platform/auth/tokens");
    const { addMonths } = await import("../../platform/time/month");

    // A database of its own, on a server this test stops and starts again.
    const dataDir = await mkdtemp(path.join(tmpdir(), "ssiboard-faults-"));
    const options = { dataDir, port: await freePort(), persistent: true };
    let server = await startEmbeddedPostgres(options);
    await server.createDatabase("faults");
    const url = server.url("faults");
    await applyMigrations(url);
    let db = createDb(url, { max: 2 });
    const rep = await db.user.create({ data: { name: "Fay Faults", email: "fay@faults.example", passwordHash: "x", role: "REP" } });
    // An admin's token: an admin may log any month (a rep only recent ones).
    const admin = await db.user.create({ data: { name: "Ada Faults", email: "ada@faults.example", passwordHash: "x", role: "ADMIN" } });
    const token = generateToken();
    await db.apiToken.create({ data: { userId: admin.id, name: "faults", tokenHash: hashToken(token) } });
    await db.$disconnect();
    const app = await startApp(url);

    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let sent = 0;
    let running = true;
    const write = async () => {
      const month = addMonths("2020-01", -sent++);
      const response = await fetch(`${app.base}/api/v1/scores`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ userId: rep.id, month, brand: 10, people: 10, insights: 10, relationships: 10 }),
      }).catch(() => null);
      statuses.push(response?.status ?? 0);
      if (response?.ok) acknowledged.push(month);
    };
    const writers = Array.from({ length: 5 }, async () => {
      while (running) await write();
    });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      await sleep(1000);
      await server.stop();
      const whileDown = statuses.length;
      await sleep(3000);
      const down = statuses.slice(whileDown);
      const page = await fetch(`${app.base}/sign-in`);
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("5");

      server = await startEmbeddedPostgres(options);
      const back = Date.now();
      let recovered = false;
      while (Date.now() - back < 5000 && !recovered) {
        recovered = (await fetch(`${app.base}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } })).status === 200;
        if (!recovered) await sleep(200);
      }
      expect(recovered, "answers normally within 5 s of the database's return").toBe(true);
      running = false;
      await Promise.all(writers);

      // While it was down: refusals that say so, never a 500, and the process stayed up.
      expect(down.length).toBeGreaterThan(0);
      expect(down.filter((s) => s !== 503 && s !== 201)).toEqual([]);
      expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
      expect((await fetch(`${app.base}/sign-in`)).status).toBe(200);
      // Everything acknowledged is stored.
      db = createDb(url, { max: 1 });
      const stored = await db.scoreEntry.count({ where: { userId: rep.id } });
      await db.$disconnect();
      expect(acknowledged.length, `statuses: ${JSON.stringify(Object.fromEntries(statuses.map((x) => [x, statuses.filter((y) => y === x).length])))}`).toBeGreaterThan(0);
      expect(stored).toBe(acknowledged.length);
    } finally {
      running = false;
      await Promise.allSettled(writers);
      await app.stop();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

test.describe("the database frozen under load (SIGSTOP)", () => {
  test("every request is answered with a 503 and Retry-After within the timeouts, nothing hangs, no transaction stays open, and it recovers on SIGCONT", async () => {
    test.setTimeout(180_000);
    const { mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { freePort, postmasterPid, startEmbeddedPostgres } = await import("../../scripts/db/embedded-postgres");
    const { processTree } = await import("../../scripts/process-tree");
    const { applyMigrations } = await import("../../scripts/db/migrations");
    const { createDb } = await import("../../platform/db/connect");
    const { generateToken, hashToken } = await import("../../platform/auth/tokens");

    const dataDir = await mkdtemp(path.join(tmpdir(), "ssiboard-frozen-"));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    await server.createDatabase("frozen");
    const url = server.url("frozen");
    await applyMigrations(url);
    const db = createDb(url, { max: 2 });
    const team = await db.team.create({ data: { name: "Frozen" } });
    const rep = await db.user.create({ data: { name: "Fred Frozen", email: "fred@frozen.example", passwordHash: "x", role: "REP", teamId: team.id } });
    const token = generateToken();
    await db.apiToken.create({ data: { userId: rep.id, name: "frozen", tokenHash: hashToken(token) } });
    await db.$disconnect();
    const app = await startApp(url);
    const month = thisMonth();
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };

    type Answer = { kind: string; status: number; retryAfter: string | null; frozen: boolean; done: boolean };
    const answers: Answer[] = [];
    let frozen = false;
    let running = true;
    // Each write a brand of its own (10.001, 10.002, …): the stored one says which write won.
    let writes = 0;
    const sent: number[] = [];
    const acknowledged: number[] = [];
    const call = async (kind: string, init: RequestInit & { path: string }) => {
      const answer: Answer = { kind, status: 0, retryAfter: null, frozen, done: false };
      answers.push(answer);
      const response = await fetch(`${app.base}${init.path}`, init).catch(() => null);
      answer.status = response?.status ?? 0;
      answer.retryAfter = response?.headers.get("retry-after") ?? null;
      answer.done = true;
      return response;
    };
    const reader = async () => {
      while (running) await call("read", { path: `/api/v1/users/${rep.id}/scores?from=${month}&to=${month}`, headers });
    };
    const writer = async () => {
      while (running) {
        const brand = 10 + ++writes / 1000;
        sent.push(brand);
        const response = await call("write", { path: "/api/v1/scores", method: "POST", headers, body: JSON.stringify({ month, brand, people: 10, insights: 10, relationships: 10 }) });
        if (response?.ok) acknowledged.push(brand);
      }
    };
    const loops = [reader(), reader(), reader(), writer()];
    const database = () => processTree(postmasterPid(dataDir) ?? -1);
    let stopped: number[] = [];
    try {
      await sleep(1500);
      expect(answers.filter((a) => a.done && a.status !== 200 && a.status !== 201)).toEqual([]);
      expect(answers.filter((a) => a.done).length).toBeGreaterThan(0);
      stopped = database();
      frozen = true;
      for (const pid of stopped) process.kill(pid, "SIGSTOP");
      // 15 s frozen: longer than any of our limits (5 s a statement, 2 s more for a silent server).
      await sleep(15_000);
      const duringFreeze = answers.filter((a) => a.frozen);
      // Those sent in the freeze's first seconds have all been answered, before the database is back.
      const early = duringFreeze.slice(0, 4);
      expect(early.length).toBeGreaterThanOrEqual(4);
      expect(early.every((a) => a.done), JSON.stringify(early)).toBe(true);
      const answered = duringFreeze.filter((a) => a.done);
      expect(answered.filter((a) => a.status !== 503)).toEqual([]);
      expect(answered.every((a) => a.retryAfter === "5")).toBe(true);

      for (const pid of stopped) process.kill(pid, "SIGCONT");
      stopped = [];
      frozen = false;
      const back = Date.now();
      let recovered = false;
      while (Date.now() - back < 30_000 && !recovered) {
        recovered = (await fetch(`${app.base}/api/v1/users/${rep.id}/scores?from=${month}&to=${month}`, { headers })).status === 200;
        if (!recovered) await sleep(200);
      }
      expect(recovered, "answers again once the database runs").toBe(true);
      running = false;
      await Promise.all(loops);
      expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);

      const check = createDb(url, { max: 1 });
      try {
        // No session of the app's is left in an open transaction.
        await expect
          .poll(async () => Number((await check.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = 'frozen' AND state LIKE 'idle in transaction%'`)[0]?.n), { timeout: 20_000 })
          .toBe(0);
        // The last acknowledged write is stored, or one sent after it: a write
        // already on its way to the server when the app gave up on it runs once
        // the server wakes (its answer said to try again, which saves the same).
        const stored = await check.scoreEntry.findFirst({ where: { userId: rep.id }, select: { brand: true } });
        expect(acknowledged.length).toBeGreaterThan(0);
        expect(sent.indexOf(Number(stored?.brand))).toBeGreaterThanOrEqual(sent.indexOf(acknowledged.at(-1) ?? -1));
      } finally {
        await check.$disconnect();
      }
    } finally {
      running = false;
      for (const pid of stopped) process.kill(pid, "SIGCONT");
      await Promise.allSettled(loops);
      await app.stop();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
