// Passkeys in Chromium, with its virtual authenticator (the DevTools
// protocol's WebAuthn domain: a real CTAP2 authenticator in the browser, with
// a fingerprint that always matches): adding named passkeys, signing in with
// one alone, using one as the second factor after the password, enrolling one
// at sign-in after an admin's reset, and a deactivated person's refused; in
// English and in French, at desktop width and at 360 px. WebAuthn refuses
// numeric addresses, so these open the app at localhost; at 127.0.0.1 the
// page says why passkeys are not offered.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createUser, testDb } from "../factories";
import { SignInPage } from "./support/sign-in-page";

const port = process.env.E2E_PORT ?? "3000";
const atLocalhost = `http://localhost:${port}`;

/** A platform authenticator that verifies its user, as a laptop's fingerprint reader does. */
async function addAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return {
    credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
  };
}

const signOut = async (page: Page) => {
  await page.getByRole("button", { name: /^(Sign out|Se déconnecter)$/ }).click();
  await expect(page).toHaveURL(/\/sign-in/);
};

async function addPasskey(page: Page, name: string) {
  await page.getByLabel(/^(Name of the new passkey|Nom de la nouvelle clé d’accès)$/).fill(name);
  await page.getByRole("button", { name: /^(Add a passkey|Ajouter une clé d’accès)$/ }).click();
}

const signedIn = async (page: Page) => {
  await expect(page.getByRole("button", { name: /^(Sign out|Se déconnecter)$/ })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
};

test.describe("passkeys", () => {
  test.use({ baseURL: atLocalhost });

  test("a rep adds two named passkeys, signs in with one alone, uses one after the password, and removes them", async ({ context, page }) => {
    const rep = await createUser({});
    const authenticator = await addAuthenticator(context, page);
    await new SignInPage(page).signInAs(rep);
    await page.goto("/settings/security");
    const section = page.getByRole("region", { name: "Passkeys" });
    await expect(section.getByText("No passkey yet.")).toBeVisible();
    // A name to start from: this browser and system.
    await expect(section.getByLabel("Name of the new passkey")).toHaveValue(/ on /);

    await section.getByLabel("Name of the new passkey").fill("");
    await section.getByRole("button", { name: "Add a passkey" }).click();
    await expect(section.getByText("Give this passkey a name.")).toBeVisible();
    expect(await authenticator.credentials()).toHaveLength(0);

    await addPasskey(page, "Work laptop");
    // The first factor: ten recovery codes, shown once.
    await expect(page.getByText("Your passkey is set up.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
    await page.getByRole("link", { name: "Done" }).click();
    const list = section.getByRole("list", { name: "Your passkeys" });
    await expect(list.getByRole("listitem").filter({ hasText: "Work laptop" })).toContainText("never used yet");
    const credentials = await authenticator.credentials();
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);

    // The same authenticator cannot hold a second passkey of the same account.
    await addPasskey(page, "Again");
    await expect(section.getByText("This device already holds a passkey for your account.")).toBeVisible();
    expect(await testDb().passkey.count({ where: { userId: rep.id } })).toBe(1);

    // Signed out: the passkey alone signs in, with no email and no password typed.
    await signOut(page);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect(page).toHaveURL(`${atLocalhost}/`);
    await signedIn(page);
    const session = await testDb().session.findFirst({ where: { userId: rep.id, endedAt: null, step: "SIGNED_IN" }, orderBy: { createdAt: "desc" } });
    expect(session?.method).toBe("PASSKEY");
    const event = await testDb().auditEvent.findFirst({ where: { kind: "security.sign-in", actorId: rep.id }, orderBy: { createdAt: "desc" } });
    expect(event?.details).toMatchObject({ method: "passkey" });
    await page.goto("/settings/security");
    await expect(list.getByRole("listitem").filter({ hasText: "Work laptop" })).toContainText("last used");

    // The password now asks for the second factor: the passkey serves.
    await signOut(page);
    await new SignInPage(page).signIn(rep.email, rep.password);
    await expect(page).toHaveURL(/\/sign-in\/verify/);
    await expect(page.getByText("Use your passkey, or type a recovery code.")).toBeVisible();
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await signedIn(page);
    const factorEvent = await testDb().auditEvent.findFirst({ where: { kind: "security.sign-in", actorId: rep.id }, orderBy: { createdAt: "desc" } });
    expect(factorEvent?.details).toMatchObject({ method: "password", secondFactor: "passkey" });

    // Removing the last factor takes the recovery codes with it.
    await page.goto("/settings/security");
    await list.getByRole("button", { name: "Remove the passkey Work laptop" }).click();
    await expect(section.getByText("No passkey yet.")).toBeVisible();
    expect(await testDb().recoveryCode.count({ where: { userId: rep.id } })).toBe(0);
    const changes = await testDb().auditEvent.findMany({ where: { kind: "security.factor", actorId: rep.id }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => (c.details as { change: string }).change)).toEqual(["passkey-added", "passkey-removed"]);
  });

  test("after an admin's reset a rep enrols a passkey at sign-in (French, 360 px); once deactivated, their passkey is refused", async ({ browser }) => {
    const rep = await createUser({ locale: "fr" });
    await testDb().user.update({ where: { id: rep.id }, data: { mustEnrol: true } });
    const context = await browser.newContext({ baseURL: atLocalhost, locale: "fr-FR", viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await addAuthenticator(context, page);
    await page.goto("/sign-in");
    await new SignInPage(page).signIn(rep.email, rep.password);
    await expect(page).toHaveURL(/\/sign-in\/enrol/);
    await expect(page.getByRole("heading", { name: "Ou une clé d’accès" })).toBeVisible();
    await addPasskey(page, "Téléphone");
    await expect(page.getByText("Votre clé d’accès est configurée.")).toBeVisible();
    await page.getByRole("button", { name: "Continuer" }).click();
    await signedIn(page);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: rep.id } })).mustEnrol).toBe(false);

    await signOut(page);
    await testDb().user.update({ where: { id: rep.id }, data: { active: false } });
    await page.getByRole("button", { name: "Se connecter avec une clé d’accès" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Cette clé d’accès ne peut pas vous connecter." })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
    const refused = await testDb().auditEvent.findFirst({ where: { kind: "security.sign-in-failed", actorId: rep.id }, orderBy: { createdAt: "desc" } });
    expect(refused?.reason).toBe("inactive");
    await context.close();
  });
});

test.describe("where passkeys cannot work", () => {
  test("at a numeric address and without JavaScript, the pages say so and offer the other ways in", async ({ browser, baseURL }) => {
    const rep = await createUser({});
    for (const [javaScriptEnabled, base, says] of [
      [true, baseURL, "Passkeys do not work at a numeric address like this one"],
      [false, atLocalhost, "Passkeys need JavaScript in this browser."],
    ] as const) {
      const context = await browser.newContext({ baseURL: base, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/sign-in");
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: "Sign in with a passkey" })).toHaveCount(0);
      await new SignInPage(page).signIn(rep.email, rep.password);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      await page.goto("/settings/security");
      await expect(page.getByRole("region", { name: "Passkeys" }).getByText(says)).toBeVisible();
      await context.close();
    }
  });
});
