import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { performance } from "node:perf_hooks";
import { thisMonth } from "../../platform/time/calendar";
import { createHistory, createTeam, createUser, type TestUser } from "../factories";
import { expectAccessible } from "./support/a11y";
import { SignInPage } from "./support/sign-in-page";

/** A rep with three months of SSI, the last one this month. */
async function repWithHistory(options: { locale?: "fr" } = {}): Promise<TestUser> {
  const rep = await createUser({ teamId: (await createTeam()).id, ...options });
  await createHistory(rep.id, thisMonth(), [40, 44, 47]);
  return rep;
}

/**
 * One sign-in attempt with a wrong password, as a new visitor without
 * JavaScript: the sign-in page's form posted as it is. What came back and how long it took.
 */
async function wrongPasswordAttempt(request: APIRequestContext, baseURL: string, email: string) {
  const start = performance.now();
  const response = await request.post("/api/auth/sign-in", {
    form: { callbackUrl: "/", email, password: "not-the-password" },
    // Each attempt from an address of its own: this test is not about the limits.
    headers: { origin: baseURL, "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` },
    maxRedirects: 0,
  });
  const ms = performance.now() - start;
  const headers = response.headers();
  const body = await response.text();
  const answer = {
    status: response.status(),
    says: body === "",
    location: headers.location ?? null,
    cookies: (headers["set-cookie"] ?? "").split("\n").map((c) => c.split("=")[0]).filter(Boolean).sort(),
  };
  return { answer, ms };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

test.describe("sign-in", () => {
  test("a signed-out visitor is sent to the sign-in page, which is accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a rep signs in and sees their latest SSI @phone", async ({ page }) => {
    await new SignInPage(page).signInAs(await repWithHistory());
    await expect(page.getByRole("heading", { name: "Your SSI" })).toBeVisible();
    await expect(page.getByTestId("latest-total")).toHaveText("47 out of 100");
    await expect(page.getByText("Establish your professional brand").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Last 12 months" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a wrong password gets one generic message, and the email stays typed", async ({ page }) => {
    const rep = await createUser();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(rep.email, "not-the-password");
    await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue(rep.email);
    await expectAccessible(page);
  });

  test("an unknown email gets exactly the same message as a wrong password", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn("nobody-here@test.example", "whatever-password");
    await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
  });

  test("guesses in a row make the next attempt wait, with a message saying how long, then the right password works", async ({ page }) => {
    const user = await createUser();
    // An address of its own: other tests' failures from this machine must not count.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.201" });
    const signIn = new SignInPage(page);
    await signIn.goto();
    const attempt = async (password: string) => {
      const answered = page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in") && r.request().method() === "POST");
      await signIn.signIn(user.email, password);
      const response = await answered;
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
      return { status: response.status(), retryAfterS: Number(response.headers()["retry-after"] ?? 0) };
    };
    const tooMany = /^Too many sign-in attempts\. Try again in \d+ seconds?\.$/;
    // Nine wrong passwords that are checked: the first five are free, then
    // each makes the next attempt wait twice as long (1, 2, 4, then 8 s).
    // An attempt made during a wait is refused without a check, and says so;
    // on a slow machine a wait may also have run out before the next guess.
    let checked = 0;
    for (let tries = 0; checked < 9 && tries < 30; tries++) {
      const { status, retryAfterS } = await attempt(`wrong-${tries}`);
      if (status === 429) {
        await expect(signIn.alert()).toHaveText(tooMany);
        await page.waitForTimeout(retryAfterS * 1000);
      } else {
        await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
        checked++;
      }
    }
    expect(checked).toBe(9);
    // Within the 8 s wait even the right password is refused, the email stays typed.
    const refused = await attempt(user.password);
    expect(refused.status).toBe(429);
    expect(refused.retryAfterS).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterS).toBeLessThanOrEqual(8);
    await expect(signIn.alert()).toHaveText(
      `Too many sign-in attempts. Try again in ${refused.retryAfterS} second${refused.retryAfterS === 1 ? "" : "s"}.`,
    );
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await page.waitForTimeout(refused.retryAfterS * 1000);
    await signIn.signIn(user.email, user.password);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("empty fields get a message next to each field and send nothing", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    let posted = false;
    page.on("request", (r) => {
      if (r.method() === "POST") posted = true;
    });
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    expect(posted).toBe(false);
  });

  test("the sign-in form answers a wrong password and an unknown email alike, in about the same time", async ({ playwright }, testInfo) => {
    const rep = await createUser();
    const baseURL = testInfo.project.use.baseURL;
    const known: Awaited<ReturnType<typeof wrongPasswordAttempt>>[] = [];
    const unknown: typeof known = [];
    // Interleaved, each as a new visitor; fewer than 10 failures, so no lock-out.
    for (let i = 0; i < 5; i++) {
      for (const [email, into] of [[rep.email, known], [`nobody-${i}@test.example`, unknown]] as const) {
        const request = await playwright.request.newContext({ baseURL });
        into.push(await wrongPasswordAttempt(request, baseURL ?? "", email));
        expect((await request.get("/api/v1/me")).status()).toBe(401);
        await request.dispose();
      }
    }
    expect(known[0]?.answer).toEqual({ status: 303, says: true, location: "/sign-in?error=invalid-credentials", cookies: [] });
    for (const attempt of [...known, ...unknown]) expect(attempt.answer).toEqual(known[0]?.answer);
    const ratio = median(known.map((a) => a.ms)) / median(unknown.map((a) => a.ms));
    expect(ratio, `known ${known.map((a) => Math.round(a.ms))} ms, unknown ${unknown.map((a) => Math.round(a.ms))} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  test("signing out ends the session, even for a copy of the old cookie", async ({ page, browser }) => {
    await new SignInPage(page).signInAs(await createUser({ role: "MANAGER", teamId: (await createTeam()).id }));
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const replayed = await replay.newPage();
    await replayed.goto("/");
    await expect(replayed).toHaveURL(/\/sign-in/);
    await replay.close();
  });
});

test.describe("in French", () => {
  test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });

  test("a French browser gets French pages, French numbers and French months", async ({ page }) => {
    const rep = await repWithHistory();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await signIn.signIn(rep.email, "mauvais");
    await expect(signIn.alert()).toHaveText("E-mail ou mot de passe incorrect.");
    await signIn.signIn(rep.email, rep.password);
    await expect(page.getByRole("heading", { name: "Votre SSI" })).toBeVisible();
    await expect(page.getByTestId("latest-total")).toHaveText("47 sur 100");
    // Pillars keep their decimals and use the decimal comma.
    await expect(page.getByTestId("pillar-brand")).toHaveText("11,75");
    await expect(page.getByRole("heading", { name: /^SSI de [a-zéû]+ \d{4}$/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("language switch", () => {
  test("switching to French is remembered on the account", async ({ page, browser }) => {
    const user = await createUser({ teamId: (await createTeam()).id });
    await new SignInPage(page).signInAs(user);
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { name: "Votre SSI" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");

    // Another browser (English) signing in as the same user gets French.
    const other = await browser.newContext({ locale: "en-US" });
    const otherPage = await other.newPage();
    await new SignInPage(otherPage).signInAs(user);
    await expect(otherPage.getByRole("heading", { name: "Votre SSI" })).toBeVisible();
    await other.close();

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Your SSI" })).toBeVisible();
  });

  test("a signed-out visitor can switch the sign-in page to French", async ({ page }) => {
    await new SignInPage(page).goto();
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  });
});
