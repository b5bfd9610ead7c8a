// The review's findings (issue 12), each held by a test that failed before its fix.
import { expect, test } from "./support/test";
import { thisMonth } from "../../platform/time/calendar";
import { createApiToken, createTeamWithManager, createUser, createWallLink, testDb } from "../factories";
import { serverActionIds } from "./support/app-routes";
import { SignInPage } from "./support/sign-in-page";

test.describe("after sign-in, the browser stays on the site", () => {
  const attacks = ["/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/", "/..//evil.example"];

  test("a signed-in user opening the sign-in page with a foreign callback goes home", async ({ page }) => {
    await new SignInPage(page).signInAs(await createUser({}));
    for (const callback of attacks) {
      const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBe(307);
      expect(response.headers().location, callback).toBe("/");
    }
    const own = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent("/leaderboard?team=all")}`, { maxRedirects: 0 });
    expect(own.headers().location).toBe("/leaderboard?team=all");
  });

  test("a fresh sign-in with a foreign callback lands on the home page", async ({ page }) => {
    const user = await createUser({});
    const sign = new SignInPage(page);
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
    await sign.signIn(user.email, user.password);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/");
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3000").host);
  });
});

test.describe("security headers", () => {
  const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  function expectCommonHeaders(headers: Record<string, string>, what: string) {
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["strict-transport-security"], what).toMatch(/^max-age=\d{7,}/);
    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
    expect(csp.get("object-src") ?? csp.get("default-src"), what).toEqual(["'none'"]);
    expect(csp.get("base-uri"), what).toEqual(["'none'"]);
  }

  test("pages have a nonce-based policy without unsafe-eval, and their scripts carry the nonce", async ({ page }) => {
    const { manager, team } = await createTeamWithManager();
    await new SignInPage(page).signInAs(manager);
    for (const path of ["/", `/teams/${team.id}`, `/leaderboard?team=${team.id}&month=${thisMonth()}`, "/sign-in", "/no-such-page"]) {
      const response = await page.request.get(path);
      const headers = response.headers();
      expectCommonHeaders(headers, path);
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      const scripts = directives(headers["content-security-policy"] ?? "").get("script-src") ?? [];
      expect(scripts, path).not.toContain("'unsafe-eval'");
      expect(scripts, path).not.toContain("'unsafe-inline'");
      const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, path).toBeTruthy();
      const html = await response.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    // A fresh nonce on every response.
    const [a, b] = await Promise.all([page.request.get("/"), page.request.get("/")]);
    expect(a.headers()["content-security-policy"]).not.toBe(b.headers()["content-security-policy"]);
  });

  test("the API, the exports, 404s and files forbid everything and the API is never cached; the wall sends no referrer", async ({ page, request }) => {
    const { manager, team } = await createTeamWithManager();
    const { token } = await createApiToken(manager.id);
    await new SignInPage(page).signInAs(manager);
    const bearer = { Authorization: `Bearer ${token}` };
    const wall = await createWallLink(team.id);
    const cases: [string, Promise<import("@playwright/test").APIResponse>, number][] = [
      ["API, signed out", request.get("/api/v1/me"), 401],
      ["API", request.get("/api/v1/me", { headers: bearer }), 200],
      ["API 404", request.get("/api/v1/nothing-here", { headers: bearer }), 404],
      ["board export", page.request.get(`/api/exports/board?team=${team.id}&month=${thisMonth()}`), 200],
      ["icon", request.get("/icon.svg"), 200],
      ["wall data", request.get(`/api${wall}`), 200],
    ];
    for (const [what, pending, status] of cases) {
      const response = await pending;
      expect(response.status(), what).toBe(status);
      expectCommonHeaders(response.headers(), what);
      expect(directives(response.headers()["content-security-policy"] ?? "").get("default-src"), what).toEqual(["'none'"]);
      // Someone's data, answers and refusals alike: never kept by a browser or a shared cache.
      if (what !== "icon") expect(response.headers()["cache-control"], what).toContain("no-store");
    }
    expect((await request.get(`/api${wall}`)).headers()["referrer-policy"]).toBe("no-referrer");
    const wallPage = await request.get(wall);
    expect(wallPage.status()).toBe(200);
    expectCommonHeaders(wallPage.headers(), "wall page");
    expect(wallPage.headers()["referrer-policy"]).toBe("no-referrer");
  });
});

test.describe("sign-in limits", () => {
  const endpoint = "/api/auth/sign-in";
  const attempt = (request: import("@playwright/test").APIRequestContext, baseURL: string, email: string, password: string, address: string) =>
    request.post(endpoint, {
      form: { email, password },
      headers: { origin: baseURL, accept: "application/json", "x-forwarded-for": address },
      maxRedirects: 0,
    });

  test("40 wrong passwords at once: a few are checked, the rest get 429 with Retry-After; the owner gets in seconds later", async ({ request, baseURL }) => {
    const user = await createUser({});
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(request, baseURL ?? "", user.email, `guess-${i}`, `198.51.100.${i + 1}`)));
    const statuses = answers.map((a) => a.status());
    // Five free checks, then each makes the next wait twice as long (1, 2, 4 s):
    // requests that reach a busy server over up to 7 s get at most three more.
    // Without the limit, all 40 would be checked.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(8);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(32);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const limited = answers.find((a) => a.status() === 429);
    const retryAfter = Number(limited?.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect((await limited?.json()).error).toMatchObject({ code: "too-many-attempts", retryAfter });
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    const owner = await attempt(request, baseURL ?? "", user.email, user.password, "198.51.100.77");
    expect(owner.status()).toBe(200);
    expect(owner.headers()["set-cookie"]).toContain("ssi-session=");
  });

  test("one address spraying a password over many accounts is slowed down; a form post gets the 429 too", async ({ request, baseURL }) => {
    const address = "203.0.113.50";
    for (let i = 0; i < 21; i++) expect((await attempt(request, baseURL ?? "", `spray-${i}-${Date.now()}@test.example`, "Summer2026!", address)).status()).toBe(401);
    const json = await attempt(request, baseURL ?? "", "one-more@test.example", "Summer2026!", address);
    expect(json.status()).toBe(429);
    expect(Number(json.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    // As a browser without JavaScript posts it: still 429, and the page it gets goes back to the form.
    const form = await request.post(endpoint, { form: { email: "one-more@test.example", password: "x" }, headers: { origin: baseURL ?? "", "x-forwarded-for": address }, maxRedirects: 0 });
    expect(form.status()).toBe(429);
    expect(form.headers()["retry-after"]).toBeTruthy();
    expect(await form.text()).toContain('http-equiv="refresh" content="0;url=/sign-in?error=too-many-attempts&#38;wait=');
  });

  test("another site cannot sign anyone in", async ({ request, baseURL }) => {
    const user = await createUser({});
    const foreign = await request.post(endpoint, { form: { email: user.email, password: user.password }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(foreign.status()).toBe(303);
    expect(foreign.headers()["set-cookie"] ?? "").not.toContain("ssi-session=");
    const scripted = await request.post(endpoint, { form: { email: user.email, password: user.password }, headers: { accept: "application/json" }, maxRedirects: 0 });
    expect(scripted.status()).toBe(403);
    expect(baseURL).toBeTruthy();
  });
});

test.describe("API tokens and cookie-authenticated writes", () => {
  const month = thisMonth();
  const score = { month, brand: 10, people: 10, insights: 10, relationships: 10 };

  test("a read-only token reads but cannot write (403), an expired token is refused (401)", async ({ request }) => {
    const rep = await createUser({});
    const reader = await createApiToken(rep.id, { readOnly: true });
    const headers = { Authorization: `Bearer ${reader.token}` };
    expect((await request.get("/api/v1/me", { headers })).status()).toBe(200);
    const write = await request.post("/api/v1/scores", { headers, data: score });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe("token-read-only");
    const expired = await createApiToken(rep.id, { expiresAt: new Date(Date.now() - 60_000) });
    expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${expired.token}` } })).status()).toBe(401);
    const later = await createApiToken(rep.id, { expiresAt: new Date(Date.now() + 3_600_000) });
    expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${later.token}` } })).status()).toBe(200);
  });

  test("a write with the session cookie must say it comes from the app's pages (Origin or Sec-Fetch-Site)", async ({ page, baseURL }) => {
    const rep = await createUser({});
    await new SignInPage(page).signInAs(rep);
    const bare = await page.request.post("/api/v1/scores", { data: score });
    expect(bare.status()).toBe(403);
    expect((await bare.json()).error.code).toBe("cross-site");
    expect((await page.request.post("/api/v1/scores", { data: score, headers: { "sec-fetch-site": "same-site" } })).status()).toBe(403);
    expect((await page.request.post("/api/v1/scores", { data: score, headers: { "sec-fetch-site": "same-origin" } })).status()).toBe(201);
    expect((await page.request.post("/api/v1/scores", { data: score, headers: { origin: baseURL ?? "" } })).status()).toBe(200);
    // Reads stay open to the signed-in browser.
    expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  });

  test("a server action must come from the app's pages too, whatever path it is posted to", async ({ page, baseURL }) => {
    const rep = await createUser({});
    await new SignInPage(page).signInAs(rep);
    const id = (await serverActionIds()).get("features/account/actions.ts#renameSelfAction") ?? "";
    const rename = (path: string, name: string, headers: Record<string, string>) =>
      page.request.post(path, { headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", ...headers }, data: JSON.stringify([{ name }]) });
    const nameNow = async () => (await testDb().user.findUniqueOrThrow({ where: { id: rep.id } })).name;
    // Next.js runs an action posted to any path that renders a page, a 404 included.
    for (const path of ["/", "/settings/account", "/no-such-page", "/robots.txt", "/api/no-such-route"]) {
      // A file takes no POST at all, before the proxy (405: platform/security/request-methods.ts).
      const refused = path === "/robots.txt" ? 405 : 403;
      expect((await rename(path, "From elsewhere", { origin: "https://evil.example" })).status(), path).toBe(refused);
      expect((await rename(path, "From a script", {})).status(), path).toBe(refused);
      expect((await rename(path, "Sideways", { "sec-fetch-site": "same-site" })).status(), path).toBe(refused);
    }
    // Not even from the app's own page: Next.js failed on any POST to a file.
    expect((await rename("/robots.txt", "At home", { origin: baseURL ?? "" })).status()).toBe(405);
    expect(await nameNow()).toBe(rep.name);
    const own = await rename("/settings/account", "Renamed at home", { origin: baseURL ?? "" });
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain('{"ok":true');
    expect(await nameNow()).toBe("Renamed at home");
  });

  test("the token page creates read-only and expiring tokens and shows both", async ({ page }) => {
    await new SignInPage(page).signInAs(await createUser({}));
    await page.goto("/settings/tokens");
    await page.getByLabel("Token name").fill("Dashboard");
    await page.getByLabel("Expires").selectOption({ label: "In 30 days" });
    await page.getByLabel("Read only (the token cannot change anything)").check();
    await page.getByRole("button", { name: "Create token" }).click();
    const token = await page.getByTestId("new-token").textContent();
    const row = page.getByRole("row", { name: /Dashboard/ });
    await expect(row).toContainText("Read only");
    // 30 days from now, in whichever time zone the company has chosen.
    const days = [29, 30, 31].map((d) => new Date(Date.now() + d * 24 * 3600 * 1000).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric" }));
    await expect(row.getByRole("cell").nth(3)).toHaveText(new RegExp(`^(${days.join("|")}), `));
    const headers = { Authorization: `Bearer ${token}` };
    expect((await page.request.get("/api/v1/me", { headers })).status()).toBe(200);
    expect((await page.request.post("/api/v1/scores", { headers, data: score })).status()).toBe(403);
  });
});

test.describe("request bodies", () => {
  test("a chunked body is refused with 413 as soon as it passes 64 KiB, before it ends", async ({ baseURL }) => {
    const rep = await createUser({});
    const { token } = await createApiToken(rep.id);
    const { request: send } = await import("node:http");
    const url = new URL("/api/v1/scores", baseURL);
    // 128 KiB with no Content-Length, and the body never ends: a server that
    // reads the whole body before counting it never answers.
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = send(url, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Transfer-Encoding": "chunked" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        outgoing.destroy();
      });
      outgoing.on("error", () => {});
      setTimeout(() => reject(new Error("no answer while the body was still open")), 15_000).unref();
      outgoing.write('{"padding":"');
      outgoing.write(Buffer.alloc(64 * 1024, "x"));
      outgoing.write(Buffer.alloc(64 * 1024, "x"));
    });
    expect(status).toBe(413);
  });
});

test.describe("sessions", () => {
  test("a session ends after 12 hours without a request, on the server, whatever the cookie says", async ({ page }) => {
    const user = await createUser({});
    await new SignInPage(page).signInAs(user);
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("ssi-session"));
    expect(session?.httpOnly).toBe(true);
    // The cookie lives as long as a session may (30 days); the row decides.
    const days = ((session?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30.01);
    await page.goto("/settings/account");
    await expect(page).toHaveURL(/\/settings\/account$/);
    await testDb().session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: new Date(Date.now() - 12 * 3600_000 - 60_000) } });
    await page.goto("/settings/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
