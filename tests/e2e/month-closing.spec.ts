// The whole incentives flow on this month: tiers and a challenge, a rep who
// reaches it, closing the month, the payout report, an admin's correction.
// Runs last and alone (playwright.config.ts): closing this month would
// refuse the scores that other specs log.
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths } from "../../platform/time/month";
import { createApiToken, createScore, createTeamWithManager, createUser, createWallLink } from "../factories";
import { expectAccessible } from "./support/a11y";
import { ScoreFormPage } from "./support/score-form-page";
import { SignInPage } from "./support/sign-in-page";

test("an admin sets a tier and a +10 challenge, a rep reaches it, the month is closed, paid and corrected with a reason", async ({ browser }) => {
  test.setTimeout(120_000);
  const month = thisMonth();
  const { team, manager } = await createTeamWithManager();
  const rep = await createUser({ teamId: team.id, name: "Nina Laporte" });
  await createScore(rep.id, addMonths(month, -1), 52);
  const admin = await createUser({ role: "ADMIN", name: "Ada Admin" });
  const as = async (user: { email: string; password: string }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await new SignInPage(page).signInAs(user);
    return page;
  };

  // The admin: a Gold tier from this month, and "+10 by month end" for the team.
  const adminPage = await as(admin);
  await adminPage.goto("/incentives");
  const lastRow = adminPage.locator("fieldset.tier-row").last();
  await lastRow.getByLabel("Name").fill("Gold");
  await lastRow.getByLabel("Minimum SSI").fill("60");
  await lastRow.getByLabel("Reward").fill("Gold bonus");
  await lastRow.getByLabel("Amount").fill("150");
  await lastRow.getByLabel("Currency").fill("eur");
  await adminPage.getByRole("button", { name: "Save the tiers" }).click();
  await expect(adminPage.getByText("Tiers saved.")).toBeVisible();
  await expect(adminPage.getByTestId("tiers").getByRole("row", { name: /Gold/ })).toContainText("€150.00");

  await adminPage.getByLabel("Title").fill("Restaurant +10");
  await adminPage.getByLabel("For", { exact: true }).selectOption({ label: team.name });
  await adminPage.locator("#challenge-target").fill("10");
  await adminPage.locator("#challenge-reward").fill("Dinner at the restaurant");
  await adminPage.locator("#challenge-amount").fill("40");
  await adminPage.locator("#challenge-currency").fill("EUR");
  await adminPage.getByRole("button", { name: "Create the challenge" }).click();
  await expect(adminPage.getByText("Challenge created.")).toBeVisible();
  await expect(adminPage.getByTestId("challenges").getByRole("row", { name: /Restaurant \+10/ }).filter({ hasText: team.name })).toContainText("Dinner at the restaurant");
  await expect(adminPage.getByLabel("Title")).toHaveValue("");
  await expectAccessible(adminPage);

  // The office TV is on before the rep logs: it celebrates at its next refresh.
  const wallContext = await browser.newContext();
  const wall = await wallContext.newPage();
  await wall.clock.install();
  await wall.goto(await createWallLink(team.id));
  await expect(wall.getByTestId("wall-challenges")).toContainText("Restaurant +10: nobody yet");

  // The rep logs +11 and reaches it.
  const repPage = await as(rep);
  const form = new ScoreFormPage(repPage);
  await form.goto();
  await form.fill({ brand: "16", people: "15", insights: "16", relationships: "16" });
  await form.submit();
  await expect(repPage.getByText(/Saved: SSI 63/)).toBeVisible();
  await repPage.goto("/");
  await expect(repPage.getByTestId("rep-goal")).toHaveText(/You reached Restaurant \+10!/);
  await expect(repPage.getByTestId("rep-tier")).toContainText("Your tier this month: Gold (Gold bonus (€150.00))");

  const managerPage = await as(manager);
  await managerPage.goto("/leaderboard");
  const row = managerPage.getByTestId("board").locator("tbody tr", { hasText: "Nina Laporte" });
  await expect(row.getByTestId("goal")).toHaveAttribute("data-status", "achieved");
  await expect(row.getByTestId("goal")).toContainText("achieved · +11 of +10");
  await expect(row.getByTestId("tier")).toContainText("Gold");

  await wall.clock.runFor(61_000);
  await expect(wall.getByTestId("wall-celebration")).toHaveText("🎉 Nina Laporte reached Restaurant +10!");
  await expect(wall.getByTestId("wall-challenges")).toContainText("Restaurant +10: ✓ Nina Laporte");

  // The admin closes the month: the rep can no longer change it, neither by the form nor by the API.
  await adminPage.goto(`/admin/months?month=${month}`);
  await expect(adminPage.getByTestId("month-ending")).toContainText("Restaurant +10");
  await adminPage.getByRole("button", { name: /^Close / }).click();
  await expect(adminPage.getByTestId("month-status")).toContainText("is closed.");
  await expectAccessible(adminPage);

  await form.goto();
  await expect(repPage.getByTestId("closed-month")).toContainText("is closed: its scores can no longer change");
  await form.fill({ brand: "1", total: "" });
  await form.submit();
  await expect(form.fieldError("month")).toHaveText("This month is closed: its scores can no longer change.");
  const { token } = await createApiToken(rep.id);
  const api = await repPage.request.post("/api/v1/scores", {
    headers: { authorization: `Bearer ${token}` },
    data: { month, brand: 1, people: 1, insights: 1, relationships: 1 },
  });
  expect(api.status()).toBe(409);

  // The payout report lists the tier and the reward; its CSV too.
  await adminPage.goto(`/payouts?month=${month}&team=${team.id}`);
  await expect(adminPage.getByTestId("payout-status")).toContainText("Final");
  await expect(adminPage.getByTestId("payouts").getByRole("row", { name: /Nina Laporte/ })).toContainText("Restaurant +10");
  await expect(adminPage.getByTestId("payout-overall")).toHaveText("€190.00");
  const [download] = await Promise.all([adminPage.waitForEvent("download"), adminPage.getByText("Download the payout report (CSV)").click()]);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  expect(csv).toContain("Nina Laporte");
  expect(csv).toContain("Restaurant +10: Dinner at the restaurant (€40.00)");
  await expectAccessible(adminPage);

  // The admin corrects the entry: a reason is required, and the audit trail shows it.
  const correction = new ScoreFormPage(adminPage);
  await correction.goto(rep.id);
  await correction.fill({ brand: "15", total: "" });
  await correction.submit();
  await expect(correction.fieldError("reason")).toHaveText("Give a reason: it is kept in the audit trail.");
  await adminPage.getByLabel("Reason for the change").fill("Brand misread from the screenshot");
  await correction.submit();
  await expect(adminPage.getByText(/Saved: SSI 62/)).toBeVisible();
  await adminPage.goto(`/reps/${rep.id}`);
  await adminPage.getByText("Change history").click();
  await expect(adminPage.getByTestId("audit-reason").first()).toHaveText("Brand misread from the screenshot");

  // Reopening needs a reason too.
  await adminPage.goto(`/admin/months?month=${month}`);
  await adminPage.getByRole("button", { name: /^Reopen / }).click();
  await expect(adminPage.locator("#reopen-reason-error")).toHaveText("Give a reason: it is kept in the audit trail.");
  await adminPage.getByLabel("Reason for reopening").fill("Late entries");
  await adminPage.getByRole("button", { name: /^Reopen / }).click();
  await expect(adminPage.getByTestId("month-status")).toContainText("is open.");
});
