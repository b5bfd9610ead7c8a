// The admin's webhooks page as an admin meets it, on the production build with
// a local receiver: adding one (its secret shown once), a signed test, the
// delivery log, removal; a private address refused with its reason; at 360 px,
// in French, without JavaScript.
import { createHmac } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { createUser, testDb } from "../factories";
import { SignInPage } from "./support/sign-in-page";

let receiver: HttpReceiver;

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(user.email, user.password);
  await expect(page.getByRole("button", { name: /^(Sign out|Se déconnecter)$/ })).toBeVisible();
}

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
}

/** Whether a received request's signature is the HMAC of "<t>.<body>" with `secret`. */
function signedWith(request: { headers: Record<string, unknown>; body: string }, secret: string): boolean {
  const header = String(request.headers["ssi-signature"] ?? "");
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  return Boolean(t && v1) && createHmac("sha256", secret).update(`${t}.${request.body}`).digest("hex") === v1;
}

test.describe("webhooks page", () => {
  test.beforeAll(async () => {
    receiver = await startHttpReceiver();
  });
  test.afterAll(async () => receiver?.close());

  test("an admin adds a webhook, copies its secret, sends a signed test, reads the log and removes it", async ({ page }) => {
    const admin = await createUser({ role: "ADMIN" });
    const name = `CRM ${Date.now()}`;
    const path = `/crm-${Date.now()}`;
    await signIn(page, admin);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Webhooks" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");

    // A private address is refused until the admin says the receiver is inside on purpose; what was typed stays.
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Receiver's address").fill(receiver.url(path));
    await page.getByLabel(/goal\.achieved/).check();
    await page.getByLabel(/score\.logged/).uncheck();
    await page.getByRole("button", { name: "Add the webhook" }).click();
    await expect(page.getByText("This address is on a private network")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
    await expect(page.getByLabel("Receiver's address")).toHaveValue(receiver.url(path));
    expect(await testDb().webhook.count({ where: { name } })).toBe(0);

    await page.getByLabel("Allow private networks").check();
    await page.getByRole("button", { name: "Add the webhook" }).click();
    await expect(page.getByText("The webhook is added.")).toBeVisible();
    const secret = (await page.locator("code.secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    // Shown once: the page opened again does not hold it, nor the URL.
    await page.reload();
    expect(await page.content()).not.toContain(secret);
    expect(await page.content()).not.toContain(path);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("goal.achieved");

    await row.getByRole("button", { name: `Send a test to ${name}` }).click();
    await expect(page.getByText("Sent. The server answered: 200 ok")).toBeVisible();
    const [ping] = await receiver.waitFor((r) => r.path === path);
    expect(ping && signedWith(ping, secret)).toBe(true);
    expect(ping?.json).toMatchObject({ type: "ping", version: 1 });

    await row.getByRole("button", { name: `Remove ${name}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
    expect(await testDb().webhook.count({ where: { name } })).toBe(0);
  });

  test.describe("at 360 px, in French, without JavaScript", () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: "fr-FR" });

    test("an admin is told why an address is refused, then adds one and sends it a test", async ({ page }) => {
      const admin = await createUser({ role: "ADMIN", locale: "fr" });
      const name = `Zapier ${Date.now()}`;
      const path = `/zap-${Date.now()}`;
      await signIn(page, admin);
      await page.goto("/admin/webhooks");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
      await noSidewaysScroll(page);
      await page.getByLabel("Nom", { exact: true }).fill(name);
      await page.getByLabel("Adresse du destinataire").fill("http://169.254.169.254/latest/meta-data");
      await page.getByRole("button", { name: "Ajouter le webhook" }).click();
      await expect(page.getByText("Cette adresse est sur un réseau privé")).toBeVisible();
      expect(await testDb().webhook.count({ where: { name } })).toBe(0);

      await page.getByLabel("Nom", { exact: true }).fill(name);
      await page.getByLabel("Adresse du destinataire").fill(receiver.url(path));
      await page.getByLabel(/month\.closed/).check();
      await page.getByLabel(/score\.logged/).uncheck();
      await page.getByLabel("Autoriser les réseaux privés").check();
      await page.getByRole("button", { name: "Ajouter le webhook" }).click();
      await expect(page.getByText("Le webhook est ajouté.")).toBeVisible();
      await expect(page.locator("code.secret")).toHaveText(/^whsec_/);
      // The secret is one long word (its random characters may hold no break): it still fits.
      const secretBox = await page.locator("code.secret").boundingBox();
      expect((secretBox?.x ?? 0) + (secretBox?.width ?? 0)).toBeLessThanOrEqual(360);
      await noSidewaysScroll(page);

      await page.goto("/admin/webhooks");
      const row = page.getByRole("row", { name: new RegExp(name) });
      await row.getByRole("button", { name: `Envoyer un test à ${name}` }).click();
      await expect(page.getByText("Envoyé. Le serveur a répondu : 200 ok")).toBeVisible();
      await receiver.waitFor((r) => r.path === path);
      await noSidewaysScroll(page);
      await testDb().webhook.deleteMany({ where: { name } });
    });
  });
});
