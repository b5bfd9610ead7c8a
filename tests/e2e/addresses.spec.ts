// The app answers and signs in at any address it is opened at (localhost,
// 127.0.0.1, the machine's network address from a phone): nothing in it is
// tied to one host name. The suite itself runs at 127.0.0.1.
import { createTeam, createUser } from "../factories";
import { SignInPage } from "./support/sign-in-page";
import { expect, test } from "./support/test";

for (const host of ["127.0.0.1", "localhost"]) {
  test.describe(`opened at ${host}`, () => {
    test.use({ baseURL: `http://${host}:${process.env.E2E_PORT ?? "3000"}` });

    test("a rep signs in, stays on this address, and the page hydrates", async ({ page }) => {
      const rep = await createUser({ teamId: (await createTeam()).id });
      const signIn = new SignInPage(page);
      await signIn.goto();
      // Hydrated: the form checks empty fields itself, without posting.
      let posted = false;
      page.on("request", (request) => {
        if (request.method() === "POST") posted = true;
      });
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByText("Enter your email.")).toBeVisible();
      expect(posted).toBe(false);
      await signIn.signIn(rep.email, rep.password);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(new URL(page.url()).hostname).toBe(host);
      await page.getByRole("link", { name: "Leaderboard" }).click();
      await expect(page).toHaveURL(new RegExp(`^http://${host.replace(/\./g, "\\.")}:\\d+/leaderboard`));
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(new RegExp(`^http://${host.replace(/\./g, "\\.")}:\\d+/sign-in`));
    });
  });
}
