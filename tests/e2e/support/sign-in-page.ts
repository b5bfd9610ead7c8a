import { expect, type Page } from "@playwright/test";

/** The sign-in page, as a user sees it. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    const response = await this.page.goto("/sign-in");
    expect(response?.status()).toBe(200);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel(/^(Email|E-mail)$/).fill(email);
    await this.page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
    await this.page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
  }

  /** Signs `user` in and waits for the signed-in home page. */
  async signInAs(user: { email: string; password: string }): Promise<void> {
    await this.goto();
    await this.signIn(user.email, user.password);
    await expect(this.page.getByRole("button", { name: /^(Sign out|Se déconnecter)$/ })).toBeVisible();
  }

  alert() {
    // Next.js keeps an empty route announcer with role="alert"; ours has an id.
    return this.page.locator("#sign-in-error");
  }
}
