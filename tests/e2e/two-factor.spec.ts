// Two-factor sign-in in Chromium, on the production build: enrolling an
// authenticator app from the security page (QR code drawn on the server),
// signing in with its code, the same code refused twice, a recovery code,
// an admin's reset, and the company's rule sending an admin to enrol after
// the password; in English and in French, at desktop width and at 360 px.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createUser, testDb, useTestDb } from "../factories";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { SignInPage } from "./support/sign-in-page";
import { totpCode } from "../../features/identity/totp";

/** A code the server accepts now and has not seen: the next step's (±1 step is allowed), so it never repeats the enrolment's. */
const freshCode = (secret: string, stepsAhead = 1) => totpCode(secret, new Date(Date.now() + stepsAhead * 30_000));

async function passwordStep(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(user.email, user.password);
}

const signOut = async (page: Page) => {
  await page.getByRole("button", { name: /^(Sign out|Se déconnecter)$/ }).click();
  await expect(page).toHaveURL(/\/sign-in/);
};

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
}

/** Enrols an authenticator app from the security page; its secret and recovery codes. */
async function enrolFromSecurityPage(page: Page) {
  await page.goto("/settings/security");
  await page.getByRole("button", { name: /^(Set up an authenticator app|Configurer une application d'authentification)$/ }).click();
  const qr = page.getByRole("img", { name: /QR code/ });
  await expect(qr.locator("svg")).toBeVisible();
  const secret = (await page.locator("code.secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByRole("textbox", { name: "Code" }).fill(freshCode(secret, 0));
  await page.getByRole("button", { name: /^(Confirm|Confirmer)$/ }).click();
  const codes = page.getByRole("list", { name: /^(Recovery codes|Codes de secours)$/ }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  return { secret, codes: await codes.allInnerTexts() };
}

test.describe("two-factor sign-in with an authenticator app", () => {
  test("a rep enrols, signs in with a code, is refused the same code twice, gets in with a recovery code once", async ({ page }) => {
    const rep = await createUser({});
    await new SignInPage(page).signInAs(rep);
    const { secret, codes } = await enrolFromSecurityPage(page);
    await page.getByRole("link", { name: "Done" }).click();
    await expect(page.getByText(/^On since/)).toBeVisible();
    await expect(page.getByText("10 recovery codes left.")).toBeVisible();
    await signOut(page);

    // The password alone opens a pending step, not the app.
    await passwordStep(page, rep);
    await expect(page).toHaveURL(/\/sign-in\/verify/);
    await expect(page.getByRole("heading", { name: "Two-step sign-in" })).toBeVisible();
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
    const code = freshCode(secret);
    await page.getByRole("textbox", { name: "Code" }).fill(code);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await signOut(page);

    // The same code again: refused, with what to do.
    await passwordStep(page, rep);
    await page.getByRole("textbox", { name: "Code" }).fill(code);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("This code is not right, or it was already used.", { exact: false })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\/verify/);

    // A recovery code gets in, once.
    await page.getByRole("textbox", { name: "Code" }).fill(codes[0] ?? "");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.goto("/settings/security");
    await expect(page.getByText("9 recovery codes left.")).toBeVisible();
    await signOut(page);
    await passwordStep(page, rep);
    await page.getByRole("textbox", { name: "Code" }).fill(codes[0] ?? "");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("This code is not right, or it was already used.", { exact: false })).toBeVisible();

    // The security log has the story, without any code.
    const events = await testDb().auditEvent.findMany({ where: { actorId: rep.id, kind: { startsWith: "security." } } });
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["security.factor", "security.sign-in", "security.sign-in-failed"]));
    expect(JSON.stringify(events)).not.toContain(code);
    expect(JSON.stringify(events)).not.toContain(codes[0]);
  });

  test("an admin resets a rep's second factor from the rep's page; the rep is asked to enrol again after the password (French, 360 px)", async ({ browser }) => {
    const rep = await createUser({ locale: "fr" });
    const admin = await createUser({ role: "ADMIN" });
    await testDb().totpFactor.create({ data: { userId: rep.id, secretSealed: "unused", confirmedAt: new Date() } });

    const adminPage = await (await browser.newContext()).newPage();
    await new SignInPage(adminPage).signInAs(admin);
    await adminPage.goto(`/admin/people/${rep.id}`);
    await adminPage.getByRole("button", { name: `Reset the second factor of ${rep.name}` }).click();
    await expect(adminPage.getByText("Second factor removed", { exact: false })).toBeVisible();
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { kind: "security.factor", actorId: admin.id } });
    expect(audit.details).toMatchObject({ id: rep.id, change: "reset-by-admin" });
    await adminPage.goto("/admin/audit?kind=security");
    await expect(adminPage.getByTestId("audit-log").getByText("reset by an admin", { exact: false }).first()).toBeVisible();

    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await passwordStep(page, rep);
    await expect(page).toHaveURL(/\/sign-in\/enrol/);
    await expect(page.getByRole("heading", { name: "Configurer un second facteur" })).toBeVisible();
    await noSidewaysScroll(page);
    const secret = (await page.locator("code.secret").innerText()).replace(/\s/g, "");
    await page.getByRole("textbox", { name: "Code" }).fill("000000");
    await page.getByRole("button", { name: "Confirmer" }).click();
    await expect(page.getByText("Ce code n'est pas bon", { exact: false })).toBeVisible();
    await page.getByRole("textbox", { name: "Code" }).fill(freshCode(secret, 0));
    await page.getByRole("button", { name: "Confirmer" }).click();
    await expect(page.getByRole("list", { name: "Codes de secours" }).getByRole("listitem")).toHaveCount(10);
    await noSidewaysScroll(page);
    await page.getByRole("button", { name: "Continuer" }).click();
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    expect((await testDb().user.findUniqueOrThrow({ where: { id: rep.id } })).mustEnrol).toBe(false);
    await context.close();
  });
});

test.describe("the company's rule", () => {
  let app: IsolatedApp;
  // The rule is company-wide: on a database of its own, so no other spec's admin is asked to enrol.
  test.beforeAll(async () => {
    app = await startIsolatedApp("two_factor_policy");
    useTestDb(app.db);
  });
  test.afterAll(async () => {
    useTestDb(undefined);
    await app?.stop();
  });

  test("an admin requires a second factor for admins and managers; a manager is taken to enrol after the password, a rep is not", async ({ browser }) => {
    const admin = await createUser({ role: "ADMIN" });
    const manager = await createUser({ role: "MANAGER" });
    const rep = await createUser({});
    const context = await browser.newContext({ baseURL: app.base });
    const page = await context.newPage();
    await new SignInPage(page).signInAs(admin);
    await page.goto("/admin/security");
    await page.getByLabel("Second factor required for").selectOption("MANAGERS");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.getByLabel("Keep security events for (days)").fill("10");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Enter a number of days from 30 to 2555.")).toBeVisible();
    expect((await app.db.appSettings.findUniqueOrThrow({ where: { id: 1 } })).securityRetentionDays).toBe(180);
    await context.clearCookies();

    await passwordStep(page, manager);
    await expect(page).toHaveURL(/\/sign-in\/enrol/);
    // Nothing of the app opens before enrolling.
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
    await page.goto("/leaderboard");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.clearCookies();

    await passwordStep(page, rep);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await context.close();
  });
});
