// Issue 29, findings 2 and 3, as a person sees them on /settings/account and /settings/tokens.
import { expect, test } from "./support/test";
import { createApiToken, createUser, testDb } from "../factories";
import { SignInPage } from "./support/sign-in-page";

const NEW_PASSWORD = "a brand new passphrase for e2e";

test.describe("your account", () => {
  test("a password change revokes your API tokens, and the tokens page says why, in English and in French", async ({ page }) => {
    const rep = await createUser();
    const { token } = await createApiToken(rep.id);
    await new SignInPage(page).signInAs(rep);
    await page.goto("/settings/account");
    await page.getByLabel("Current password").fill(rep.password);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("The new password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change the password" }).click();
    await expect(page.getByText("Password changed.")).toBeVisible();
    expect((await page.request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

    await page.goto("/settings/tokens");
    await expect(page.getByTestId("revoked-tokens").getByRole("row", { name: /test/ })).toContainText("Revoked: password changed");
    await testDb().user.update({ where: { id: rep.id }, data: { locale: "fr" } });
    await page.reload();
    await expect(page.getByTestId("revoked-tokens").getByRole("row", { name: /test/ })).toContainText("Révoqué : mot de passe changé");
  });

  test("guesses of the current password are counted, and during the wait the form says to wait, even for the right one", async ({ page }) => {
    test.setTimeout(90_000);
    const rep = await createUser();
    const counter = { key: `account:${rep.email}` };
    // An address of its own: other specs' sign-ins from this machine must not count these failures.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.202" });
    await new SignInPage(page).signInAs(rep);
    await page.goto("/settings/account");
    const change = async (password: string) => {
      await page.getByLabel("Current password").fill(password);
      await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("The new password again").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change the password" }).click();
      await expect(page.getByRole("button", { name: "Change the password" })).toBeEnabled();
    };
    for (let i = 0; i < 6; i++) {
      await change(`wrong-${i}`);
      await expect(page.getByText("This is not your current password.")).toBeVisible();
    }
    expect((await testDb().signInThrottle.findUniqueOrThrow({ where: counter })).failures).toBe(6);
    // The wait the last guesses earned, made long enough to outlast this machine's slowest round trip.
    await testDb().signInThrottle.update({ where: counter, data: { blockedUntil: new Date(Date.now() + 30_000) } });
    await change(rep.password);
    await expect(page.getByText(/^Too many password attempts\. Try again in \d+ seconds\.$/)).toBeVisible();
    await testDb().signInThrottle.update({ where: counter, data: { blockedUntil: new Date(Date.now() - 1000) } });
    await change(rep.password);
    await expect(page.getByText("Password changed.")).toBeVisible();
  });
});
