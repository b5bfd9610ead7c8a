import { expect, test } from "./support/test";
import { thisMonth } from "../../platform/time/calendar";
import { createHistory, createTeam, createTeamWithManager, createUser, deactivateUser, setRole } from "../factories";
import { expectAccessible } from "./support/a11y";
import { SignInPage } from "./support/sign-in-page";

test.describe("roles and access", () => {
  test("a rep is denied another rep's page with a 403 and none of their data", async ({ page }) => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    const other = await createUser({ teamId: team.id });
    await new SignInPage(page).signInAs(rep);
    const response = await page.goto(`/reps/${other.id}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByText(other.name)).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an unknown rep or team id is a 404 for an admin, and a 403 for others, who cannot probe which ids exist", async ({ page, browser }) => {
    await new SignInPage(page).signInAs(await createUser({ role: "ADMIN" }));
    expect((await page.goto("/reps/no-such-user"))?.status()).toBe(404);
    expect((await page.goto("/teams/no-such-team"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expectAccessible(page);

    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await new SignInPage(repPage).signInAs(await createUser({ teamId: (await createTeam()).id }));
    expect((await repPage.goto("/reps/no-such-user"))?.status()).toBe(403);
    expect((await repPage.goto("/reps/no-such-user/log"))?.status()).toBe(403);
    expect((await repPage.goto("/teams/no-such-team"))?.status()).toBe(403);
    await repContext.close();
  });

  test("a manager sees their team's reps and can open one", async ({ page }) => {
    const { team, manager } = await createTeamWithManager();
    const julie = await createUser({ teamId: team.id, name: "Julie Martin" });
    await createHistory(julie.id, thisMonth(), [40, 42, 45]);
    await new SignInPage(page).signInAs(manager);
    await expect(page.getByRole("heading", { name: "Your teams" })).toBeVisible();
    await expect(page.getByRole("link", { name: team.name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Julie Martin" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Julie Martin" }).click();
    await expect(page.getByRole("heading", { name: "Julie Martin's SSI" })).toBeVisible();
    await expect(page.getByTestId("latest-total")).toHaveText("45 out of 100");
    await expectAccessible(page);
    await page.getByRole("link", { name: `Team: ${team.name}` }).click();
    await expect(page.getByRole("heading", { name: team.name, level: 1 })).toBeVisible();
    await expectAccessible(page);
  });

  test("a manager is denied another team's page and its reps' pages", async ({ page }) => {
    const { team, manager } = await createTeamWithManager();
    const otherTeam = await createTeam();
    const outsider = await createUser({ teamId: otherTeam.id });
    await new SignInPage(page).signInAs(manager);
    expect((await page.goto(`/teams/${otherTeam.id}`))?.status()).toBe(403);
    expect((await page.goto(`/reps/${outsider.id}`))?.status()).toBe(403);
    expect((await page.goto(`/teams/${team.id}`))?.status()).toBe(200);
  });

  test("a manager sitting in a team he does not manage sees its board but not its reps' pages", async ({ page }) => {
    const [team, managed] = [await createTeam(), await createTeam()];
    const rep = await createUser({ teamId: team.id });
    const sitting = await createUser({ role: "MANAGER", teamId: team.id, manages: [managed.id] });
    await new SignInPage(page).signInAs(sitting);
    expect((await page.goto(`/teams/${team.id}`))?.status()).toBe(200);
    expect((await page.goto(`/reps/${rep.id}`))?.status()).toBe(403);
    expect((await page.goto(`/reps/${rep.id}/log`))?.status()).toBe(403);
  });

  test("an admin sees every team and any rep", async ({ page }) => {
    const [first, second] = [await createTeam(), await createTeam()];
    const outsider = await createUser({ teamId: second.id });
    await new SignInPage(page).signInAs(await createUser({ role: "ADMIN" }));
    await expect(page.getByRole("heading", { name: "Teams" })).toBeVisible();
    await expect(page.getByRole("link", { name: first.name })).toBeVisible();
    await expect(page.getByRole("link", { name: second.name })).toBeVisible();
    await expectAccessible(page);
    expect((await page.goto(`/reps/${outsider.id}`))?.status()).toBe(200);
  });

  test("a deactivated user loses access at the next request", async ({ page }) => {
    const user = await createUser({ teamId: (await createTeam()).id });
    await new SignInPage(page).signInAs(user);
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
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id });
    await new SignInPage(page).signInAs(manager);
    expect((await page.goto(`/reps/${rep.id}`))?.status()).toBe(200);
    await setRole(manager.id, "REP");
    expect((await page.goto(`/reps/${rep.id}`))?.status()).toBe(403);
  });
});
