import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import {
  createUser,
  deactivateUser,
  repOutsideTeam,
  setRole,
  teamIdByName,
  userIdByEmail,
} from "./support/factories";
import { SignInPage } from "./support/sign-in-page";

const FIRST_TEAM = "Paris Enterprise";

test.describe("roles and access", () => {
  test("a rep is denied another rep's page with a 403 and none of their data", async ({ page }) => {
    const other = await createUser({ role: "REP", teamName: FIRST_TEAM });
    await new SignInPage(page).signInAs("rep@example.com");
    const response = await page.goto(`/reps/${other.id}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByText(other.name)).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an unknown rep id is a 404", async ({ page }) => {
    await new SignInPage(page).signInAs("rep@example.com");
    const response = await page.goto("/reps/no-such-user");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a manager sees their team's reps and can open one", async ({ page }) => {
    await new SignInPage(page).signInAs("manager@example.com");
    await expect(page.getByRole("heading", { name: "Your teams" })).toBeVisible();
    await expect(page.getByRole("link", { name: FIRST_TEAM })).toBeVisible();
    await expect(page.getByRole("link", { name: "Julie Martin" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Julie Martin" }).click();
    await expect(page.getByRole("heading", { name: "Julie Martin's SSI" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: `Team: ${FIRST_TEAM}` }).click();
    await expect(page.getByRole("heading", { name: FIRST_TEAM, level: 1 })).toBeVisible();
    await expectAccessible(page);
  });

  test("a manager is denied another team's page and its reps' pages", async ({ page }) => {
    const outsider = await repOutsideTeam(FIRST_TEAM);
    await new SignInPage(page).signInAs("manager@example.com");
    expect((await page.goto(`/teams/${outsider.teamId}`))?.status()).toBe(403);
    expect((await page.goto(`/reps/${outsider.id}`))?.status()).toBe(403);
    expect((await page.goto(`/teams/${await teamIdByName(FIRST_TEAM)}`))?.status()).toBe(200);
  });

  test("an admin sees every team and any rep", async ({ page }) => {
    const outsider = await repOutsideTeam(FIRST_TEAM);
    await new SignInPage(page).signInAs("admin@example.com");
    await expect(page.getByRole("heading", { name: "Teams" })).toBeVisible();
    await expect(page.getByRole("link", { name: FIRST_TEAM })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lyon Mid-Market" })).toBeVisible();
    await expectAccessible(page);
    expect((await page.goto(`/reps/${outsider.id}`))?.status()).toBe(200);
  });

  test("a deactivated user loses access at the next request", async ({ page }) => {
    const user = await createUser({ role: "REP", teamName: FIRST_TEAM });
    await new SignInPage(page).signInAs(user.email, user.password);
    await expect(page.getByRole("heading", { name: "Your SSI" })).toBeVisible();
    await deactivateUser(user.id);
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in/);
    // And cannot sign in again.
    const signIn = new SignInPage(page);
    await signIn.signIn(user.email, user.password);
    await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
  });

  test("a demoted manager loses the team at the next request", async ({ page }) => {
    const manager = await createUser({ role: "MANAGER", teamName: FIRST_TEAM });
    const rep = await userIdByEmail("rep@example.com");
    await new SignInPage(page).signInAs(manager.email, manager.password);
    expect((await page.goto(`/reps/${rep}`))?.status()).toBe(200);
    await setRole(manager.id, "REP");
    expect((await page.goto(`/reps/${rep}`))?.status()).toBe(403);
  });
});
