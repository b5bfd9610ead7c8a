// Single sign-on in Chromium against a real OpenID provider on loopback
// (oidc-provider, with its own login page), on the production build and a
// database of its own (the settings are company-wide): a known person, a
// person created at first sign-in, a refused domain, a deactivated person,
// an unverified email, "SSO only" turned on by an admin (with its break-glass
// admin), a tampered state, an authorization made for another client, an ID
// token signed for another audience, and the whole dance without JavaScript;
// in English and in French, at 360 px.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createTeam, createUser, sealForApp, testDb, useTestDb } from "../factories";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { startOidcProvider, type TestProvider } from "../helpers/oidc-provider";
import { SignInPage } from "./support/sign-in-page";

let app: IsolatedApp;
let provider: TestProvider;
const CLIENT = { clientId: "ssi-board", clientSecret: "test-client-secret-0123456789" };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  app = await startIsolatedApp("sso");
  useTestDb(app.db);
  const callback = `${app.base}/api/auth/sso/callback`;
  provider = await startOidcProvider([
    { ...CLIENT, redirectUris: [callback] },
    { clientId: "other-app", clientSecret: "other-app-secret-0123456789", redirectUris: [callback] },
  ]);
  await testDb().appSettings.upsert({
    where: { id: 1 },
    create: { id: 1 },
    update: {},
  });
  await testDb().appSettings.update({
    where: { id: 1 },
    data: { ssoName: "Test IdP", ssoIssuer: provider.issuer, ssoClientId: CLIENT.clientId, ssoClientSecret: sealForApp("sso-client-secret", CLIENT.clientSecret) },
  });
});

test.afterAll(async () => {
  useTestDb(undefined);
  await provider?.close();
  await app?.stop();
});

const newPage = async (browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) => (await browser.newContext({ baseURL: app.base, ...options })).newPage();

/** Through the provider's own login and consent pages, as `login`, and back to the app. */
async function ssoSignIn(page: Page, login: string, button = "Sign in with Test IdP") {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: button }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await atProvider(page, login);
}

const signedIn = (page: Page) => expect(page.getByRole("button", { name: /^(Sign out|Se déconnecter)$/ })).toBeVisible();

test("a person already in SSI Board signs in with the provider; the security log says so", async ({ browser }) => {
  const person = await createUser({ email: `ana-${Date.now()}@corp.test` });
  const page = await newPage(browser);
  await ssoSignIn(page, person.email);
  await signedIn(page);
  expect((await (await page.request.get("/api/v1/me")).json()).id).toBe(person.id);
  const event = await testDb().auditEvent.findFirstOrThrow({ where: { kind: "security.sign-in", actorId: person.id } });
  expect(event.details).toMatchObject({ method: "sso" });
  // The flow's cookie is gone once used.
  expect((await page.context().cookies()).some((c) => c.name === "ssi-sso")).toBe(false);
  await page.context().close();
});

test("someone new from an allowed domain is created as a rep in the admin's team at their first sign-in (French, 360 px); another domain is refused", async ({ browser }) => {
  const team = await createTeam(`SSO team ${Date.now()}`);
  await testDb().appSettings.update({ where: { id: 1 }, data: { ssoJitDomains: ["corp.test"], ssoJitTeamId: team.id } });
  const email = `new-${Date.now()}@corp.test`;
  provider.setAccount(email, { email, email_verified: true, name: "Nouvelle Personne" });
  const page = await newPage(browser, { locale: "fr-FR", viewport: { width: 360, height: 740 } });
  await ssoSignIn(page, email, "Se connecter avec Test IdP");
  await signedIn(page);
  const created = await testDb().user.findUniqueOrThrow({ where: { email } });
  expect(created).toMatchObject({ role: "REP", teamId: team.id, name: "Nouvelle Personne", passwordHash: "" });
  await page.context().close();

  const outsider = await newPage(browser, { locale: "fr-FR", viewport: { width: 360, height: 740 } });
  await ssoSignIn(outsider, `someone-${Date.now()}@elsewhere.test`, "Se connecter avec Test IdP");
  await expect(outsider).toHaveURL(/\/sign-in\?error=sso-domain/);
  await expect(outsider.locator("#sign-in-error")).toContainText("Les personnes de ce domaine ne sont pas ajoutées automatiquement.");
  await outsider.context().close();
  await testDb().appSettings.update({ where: { id: 1 }, data: { ssoJitDomains: [], ssoJitTeamId: null } });
});

test("a deactivated person and an unverified email are refused, each with why", async ({ browser }) => {
  const gone = await createUser({ email: `gone-${Date.now()}@corp.test`, active: false });
  const page = await newPage(browser);
  await ssoSignIn(page, gone.email);
  await expect(page.locator("#sign-in-error")).toContainText("This account is deactivated.");
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);

  const unverified = await createUser({ email: `unverified-${Date.now()}@corp.test` });
  provider.setAccount(unverified.email, { email: unverified.email, email_verified: false });
  // A browser of its own: the provider remembers who signed in there.
  const other = await newPage(browser);
  await ssoSignIn(other, unverified.email);
  await expect(other.locator("#sign-in-error")).toContainText("did not give a verified email address");
  expect((await other.request.get("/api/v1/me")).status()).toBe(401);
  await other.context().close();
  const reasons = await testDb().auditEvent.findMany({ where: { kind: "security.sign-in-failed", details: { path: ["step"], equals: "sso" } }, select: { reason: true } });
  expect(reasons.map((r) => r.reason)).toEqual(expect.arrayContaining(["sso-inactive", "sso-unverified"]));
  await page.context().close();
});

/** At the provider: its login and consent, then back to the app. */
async function atProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const back = (url: URL) => url.origin === new URL(app.base).origin;
  // The provider asks for consent once per person and client.
  const consent = page.getByRole("button", { name: "Continue" });
  await Promise.race([page.waitForURL(back), consent.waitFor().then(() => consent.click())]);
  await page.waitForURL(back);
}

/** The first leg as the app answers it (the provider's address, and the flow's cookie set in the browser). */
async function firstLeg(page: Page): Promise<URL> {
  const answer = await page.request.get("/api/auth/sso", { maxRedirects: 0 });
  expect(answer.status()).toBe(303);
  return new URL(answer.headers().location ?? "");
}

test("a state that is not this browser's flow, an authorization made for another client, and an ID token for another audience are refused", async ({ browser }) => {
  const person = await createUser({ email: `tamper-${Date.now()}@corp.test` });
  // A flow begun, then another begun in the same browser (a forged or stale link): the provider answers the first, whose state is no longer this browser's.
  const page = await newPage(browser);
  const first = await firstLeg(page);
  await firstLeg(page);
  await page.goto(first.href);
  await atProvider(page, person.email);
  await expect(page).toHaveURL(/\/sign-in\?error=sso-failed/);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await page.context().close();

  // Our own flow (state, nonce, PKCE), but authorized for another client: that code is not ours to redeem.
  const again = await newPage(browser);
  const leg = await firstLeg(again);
  leg.searchParams.set("client_id", "other-app");
  await again.goto(leg.href);
  await atProvider(again, person.email);
  await expect(again).toHaveURL(/\/sign-in\?error=sso-failed/);
  expect((await again.request.get("/api/v1/me")).status()).toBe(401);
  await again.context().close();

  // An ID token the provider signed, but for another audience (another app's token replayed at ours): refused by its "aud".
  const third = await newPage(browser);
  provider.changeNextIdToken((claims) => ({ ...claims, aud: "other-app", azp: "other-app" }));
  await ssoSignIn(third, person.email);
  await expect(third).toHaveURL(/\/sign-in\?error=sso-failed/);
  expect((await third.request.get("/api/v1/me")).status()).toBe(401);
  await third.context().close();
  // The same flow with the token as issued signs in: the refusal was the audience's.
  const control = await newPage(browser);
  await ssoSignIn(control, person.email);
  await signedIn(control);
  await control.context().close();
  const errors = await testDb().auditEvent.findMany({ where: { kind: "security.sign-in-failed", reason: "sso-failed" }, select: { details: true } });
  expect(errors.length).toBeGreaterThanOrEqual(3);
});

test("works without JavaScript: the button is a link and every step a plain form", async ({ browser }) => {
  const person = await createUser({ email: `nojs-${Date.now()}@corp.test` });
  const page = await newPage(browser, { javaScriptEnabled: false });
  await ssoSignIn(page, person.email);
  await signedIn(page);
  await page.context().close();
});

test("an admin turns on SSO only: passwords are refused but the break-glass admin's", async ({ browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  const rep = await createUser({});
  const page = await newPage(browser);
  await new SignInPage(page).signInAs(admin);
  await page.goto("/admin/security");
  await page.getByLabel("SSO only: refuse passwords").check();
  await page.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(page.getByText("Choose an active admin who keeps their password")).toBeVisible();
  await page.getByLabel("Break-glass admin (keeps their password)").selectOption(admin.id);
  await page.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(page.getByText("Single sign-on saved.")).toBeVisible();
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await expect(page.getByRole("link", { name: "Sign in with Test IdP" })).toBeVisible();
  await page.getByText("Sign in with a password (break-glass admin)").click();
  await new SignInPage(page).signIn(rep.email, rep.password);
  await expect(page.getByText("Your company signs in with single sign-on")).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await new SignInPage(page).signIn(admin.email, admin.password);
  await signedIn(page);
  await testDb().appSettings.update({ where: { id: 1 }, data: { ssoOnly: false, ssoBreakGlassUserId: null } });
  await page.context().close();
});
