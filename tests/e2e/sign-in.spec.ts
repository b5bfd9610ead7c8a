import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { SignInPage } from "./support/sign-in-page";

test.describe("sign-in", () => {
  test("a signed-out visitor is sent to the sign-in page, which is accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the demo rep signs in and sees their latest SSI @phone", async ({ page }) => {
    await new SignInPage(page).signInAs("rep@example.com");
    await expect(page.getByRole("heading", { name: "Your SSI" })).toBeVisible();
    await expect(page.getByTestId("latest-total")).toHaveText(/^\d+(\.\d+)? out of 100$/);
    await expect(page.getByText("Establish your professional brand").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Last 12 months" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a wrong password gets one generic message on a 200 page", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn("rep@example.com", "not-the-password");
    await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue("rep@example.com");
    await expectAccessible(page);
  });

  test("an unknown email gets exactly the same message as a wrong password", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn("nobody-here@example.com", "whatever-password");
    await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
  });

  test("after 10 failed attempts an email is locked for a while, with a message saying so", async ({ page }) => {
    const { createUser } = await import("./support/factories");
    const user = await createUser({ role: "REP", teamName: "Paris Enterprise" });
    const signIn = new SignInPage(page);
    await signIn.goto();
    for (let i = 0; i < 10; i++) {
      await signIn.signIn(user.email, `wrong-${i}`);
      await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
      await page.getByRole("button", { name: "Sign in" }).waitFor();
    }
    await signIn.signIn(user.email, user.password);
    await expect(signIn.alert()).toHaveText("Too many failed attempts for this email. Wait 15 minutes, then try again.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("empty fields get a message next to each field and send nothing", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    let posted = false;
    page.on("request", (r) => {
      if (r.url().includes("/api/auth/callback")) posted = true;
    });
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    expect(posted).toBe(false);
  });

  test("the credentials endpoint itself reveals nothing for a wrong password", async ({ request }) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "rep@example.com", password: "wrong", json: "true" },
      maxRedirects: 0,
    });
    expect([200, 302, 401]).toContain(response.status());
    const session = await (await request.get("/api/auth/session")).json();
    expect(session).toEqual({});
  });

  test("signing out ends the session, even for a copy of the old cookie", async ({ page, browser }) => {
    await new SignInPage(page).signInAs("manager@example.com");
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
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await signIn.signIn("rep@example.com", "mauvais");
    await expect(signIn.alert()).toHaveText("E-mail ou mot de passe incorrect.");
    await signIn.signIn("rep@example.com", "ssiboard-demo");
    await expect(page.getByRole("heading", { name: "Votre SSI" })).toBeVisible();
    await expect(page.getByTestId("latest-total")).toContainText("sur 100");
    // Pillars keep their decimals and use the decimal comma.
    await expect(page.getByTestId("pillar-brand")).toHaveText(/^\d{1,2}(,\d{1,3})?$/);
    await expect(page.getByRole("heading", { name: /^SSI de [a-zéû]+ \d{4}$/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("language switch", () => {
  test("switching to French is remembered on the account", async ({ page, browser }) => {
    const { createUser } = await import("./support/factories");
    const user = await createUser({ role: "REP", teamName: "Paris Enterprise" });
    await new SignInPage(page).signInAs(user.email, user.password);
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { name: "Votre SSI" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");

    // Another browser (English) signing in as the same user gets French.
    const other = await browser.newContext({ locale: "en-US" });
    const otherPage = await other.newPage();
    await new SignInPage(otherPage).signInAs(user.email, user.password);
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
