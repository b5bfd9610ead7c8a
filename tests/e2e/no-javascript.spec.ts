// Before the page's JavaScript has loaded (a slow phone), or without it, the
// forms still work: they post, never put a password in a URL, and answer.
import { thisMonth } from "../../platform/time/calendar";
import { createTeam, createTeamWithManager, createUser, scoreCount, storedScore, testDb } from "../factories";
import { SignInPage } from "./support/sign-in-page";
import { expect, test } from "./support/test";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a rep signs in, logs a score and signs out", async ({ page }) => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    await new SignInPage(page).signInAs(rep);
    await expect(page.getByRole("heading", { name: "Your SSI" })).toBeVisible();

    await page.goto("/log");
    for (const [field, value] of [["brand", "12.5"], ["people", "10"], ["insights", "8,25"], ["relationships", "11"]]) {
      await page.locator(`input[name="${field}"]`).fill(value ?? "");
    }
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved: SSI 42 for")).toBeVisible();
    const stored = await storedScore(rep.id, thisMonth());
    expect([String(stored?.total), String(stored?.insights)]).toEqual(["42", "8.25"]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a wrong password and bad values get their messages, and nothing is stored", async ({ page }) => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(rep.email, "not-the-password");
    await expect(signIn.alert()).toHaveText("Email or password is incorrect.");
    await signIn.signIn(rep.email, rep.password);
    await page.goto("/log");
    await page.locator('input[name="brand"]').fill("31");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Some values need fixing: see the messages next to the fields.")).toBeVisible();
    expect(await scoreCount(rep.id)).toBe(0);
  });

  test("a manager creates a race for their team: every field is there without JavaScript", async ({ page }) => {
    const { team, manager } = await createTeamWithManager();
    await new SignInPage(page).signInAs(manager);
    await page.goto("/incentives");
    await page.getByLabel("Title").fill("Biggest climber");
    await page.getByLabel("Kind").selectOption("race");
    await page.getByLabel("Winners").fill("2");
    await page.getByLabel("Race by").selectOption("fair-gain");
    await page.locator("#challenge-reward").fill("A day off");
    await page.getByRole("button", { name: "Create the challenge" }).click();
    await expect(page.getByText("Challenge created.")).toBeVisible();
    expect(await testDb().challenge.findMany({ where: { teamId: team.id }, select: { kind: true, winners: true, measure: true } })).toEqual([
      { kind: "race", winners: 2, measure: "fair-gain" },
    ]);
  });
});
