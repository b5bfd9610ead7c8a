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
