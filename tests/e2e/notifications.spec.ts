// Notifications as people meet them, on the production build with a real
// SMTP server and a local receiver for Slack: the invitation email and its
// link, a person's own switches and the admin's page, at 360 px, in French,
// without JavaScript. On an app and database of their own: the shared app
// has no mail server, and its jobs would take these events first.
import { expect, test } from "./support/test";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { startMailServer, type MailServer } from "../helpers/mail-server";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { createTeam, createUser, useTestDb, testDb } from "../factories";
import { SignInPage } from "./support/sign-in-page";

let app: IsolatedApp;
let mail: MailServer;
let hooks: HttpReceiver;

/** Signs `user` in on the spec's own app. */
async function signIn(page: import("@playwright/test").Page, user: { email: string; password: string }) {
  await page.goto(`${app.base}/sign-in`);
  await new SignInPage(page).signIn(user.email, user.password);
  await expect(page.getByRole("button", { name: /^(Sign out|Se déconnecter)$/ })).toBeVisible();
}

test.describe("notifications", () => {
  // One app for the spec's tests: they run one after another, in one worker.
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    mail = await startMailServer();
    hooks = await startHttpReceiver();
    app = await startIsolatedApp("notify", { env: { SMTP_URL: mail.url, MAIL_FROM: "SSI Board <ssi@notify.example>" } });
    useTestDb(app.db);
  });
  test.afterAll(async () => {
    useTestDb(undefined);
    await app?.stop();
    await mail?.close();
    await hooks?.close();
  });

  test("creating a person emails the invitation, and its link sets their password", async ({ page, browser }) => {
    const admin = await createUser({ role: "ADMIN" });
    const team = await createTeam();
    const email = `invited.${Date.now()}@notify.example`;
    await signIn(page, admin);
    await page.goto(`${app.base}/admin/people`);
    await page.getByLabel("Name").fill("Inès Invitée");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Team", { exact: true }).selectOption({ label: team.name });
    await page.getByRole("button", { name: "Add and get the link" }).click();
    // The admin still sees the link; the email carries the same one.
    const shown = await page.getByTestId("invitation-link").inputValue();
    const [message] = await mail.waitFor((m) => m.to === email, 1, 30_000);
    expect(message?.subject).toBe("You are invited to SSI Board");
    expect(message?.text).toContain(shown);
    expect(message?.html).toContain(`href="${shown}"`);

    const invitee = await browser.newContext();
    const newcomer = await invitee.newPage();
    await newcomer.goto(shown);
    await newcomer.getByLabel("New password", { exact: true }).fill("a quiet harbour at dawn");
    await newcomer.getByLabel("The new password again").fill("a quiet harbour at dawn");
    await newcomer.getByRole("button", { name: "Set my password and sign in" }).click();
    await expect(newcomer.getByRole("button", { name: "Sign out" })).toBeVisible();
    await invitee.close();
  });

  test("a refused channel keeps what the admin typed, to be corrected", async ({ page }) => {
    const admin = await createUser({ role: "ADMIN" });
    await signIn(page, admin);
    await page.goto(`${app.base}/admin/notifications`);
    await page.getByLabel("Name", { exact: true }).fill("#sales-floor");
    await page.getByLabel("Kind").selectOption("teams");
    await page.getByLabel("Webhook address").fill("http://hooks.example.com/x");
    await page.getByRole("button", { name: "Add the channel" }).click();
    await expect(page.getByText("Paste the webhook's https:// address")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("#sales-floor");
    await expect(page.getByLabel("Kind")).toHaveValue("teams");
    await expect(page.getByLabel("Webhook address")).toHaveValue("http://hooks.example.com/x");
    expect(await testDb().notificationChannel.count()).toBe(0);

    await page.getByLabel("Webhook address").fill(hooks.url("/teams/sales-floor"));
    await page.getByRole("button", { name: "Add the channel" }).click();
    await expect(page.getByText("The channel is added.")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("");
    await testDb().notificationChannel.deleteMany();
  });

  test.describe("at 360 px, in French, without JavaScript", () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: "fr-FR" });

    async function noSidewaysScroll(page: import("@playwright/test").Page) {
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
    }

    test("a rep switches a reminder off for themselves", async ({ page }) => {
      const rep = await createUser({ teamId: (await createTeam()).id, locale: "fr" });
      await signIn(page, rep);
      await page.goto(`${app.base}/settings/notifications`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
      await noSidewaysScroll(page);
      await page.getByLabel("Second rappel, 3 jours avant la fin du mois, si rien n’est saisi").uncheck();
      await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
      await expect(page.getByText("Vos choix sont enregistrés.")).toBeVisible();
      await expect(page.getByLabel("Second rappel, 3 jours avant la fin du mois, si rien n’est saisi")).not.toBeChecked();
      await expect(page.getByLabel("Rappel de saisie, le premier jour ouvré du mois")).toBeChecked();
      const off = await testDb().notificationSetting.findMany({ where: { scope: `user:${rep.id}`, enabled: false } });
      expect(off.map((s) => s.kind)).toEqual(["log-last-call"]);
    });

    test("an admin adds a Slack channel, sends it a test and sees the answer; a bad address is refused", async ({ page }) => {
      const admin = await createUser({ role: "ADMIN", locale: "fr" });
      await signIn(page, admin);
      await page.goto(`${app.base}/admin/notifications`);
      await expect(page.getByText("L’e-mail est activé, envoyé depuis SSI Board <ssi@notify.example>.")).toBeVisible();
      await noSidewaysScroll(page);
      // A webhook address must be https (or this machine's): refused with the field's message, nothing stored.
      await page.getByLabel("Nom", { exact: true }).fill("#ventes");
      await page.getByLabel("Adresse du webhook").fill("http://hooks.example.com/x");
      await page.getByRole("button", { name: "Ajouter le canal" }).click();
      await expect(page.getByText("Collez l’adresse https:// du webhook")).toBeVisible();
      expect(await testDb().notificationChannel.count()).toBe(0);

      await page.getByLabel("Nom", { exact: true }).fill("#ventes");
      await page.getByLabel("Adresse du webhook").fill(hooks.url("/slack/ventes"));
      await page.getByRole("button", { name: "Ajouter le canal" }).click();
      await expect(page.getByText("Le canal est ajouté.")).toBeVisible();
      await page.goto(`${app.base}/admin/notifications`);
      const row = page.getByRole("row", { name: /#ventes/ });
      // The address is a secret: only its host and last characters are shown, and the page never holds it.
      await expect(row).toContainText("127.0.0.1");
      expect(await page.content()).not.toContain("/slack/ventes");
      await row.getByRole("button", { name: "Envoyer un test à #ventes" }).click();
      await expect(page.getByText("Envoyé. Le serveur a répondu : 200 ok")).toBeVisible();
      const [posted] = await hooks.waitFor((r) => r.path === "/slack/ventes");
      expect((posted?.json as { text?: string }).text).toBe("Un message de test de SSI Board : ce canal est connecté.");
      await noSidewaysScroll(page);
    });
  });
});
