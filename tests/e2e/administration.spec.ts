import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths, type Month } from "../../platform/time/month";
import { createTeam, createUser, scoreCount, storedScore } from "../factories";
import { expectAccessible } from "./support/a11y";
import { ScoreFormPage } from "./support/score-form-page";
import { SignInPage } from "./support/sign-in-page";

const suffix = () => randomBytes(3).toString("hex");
const FRENCH_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const frenchHeading = (month: Month) => `${FRENCH_MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;

test.describe("administration", () => {
  test("an admin creates a team and a person, who sets a password through the link and logs a score; the audit log lists it all", async ({ page, browser }) => {
    // A whole journey through two browsers: longer than one page's test.
    test.setTimeout(90_000);
    const admin = await createUser({ role: "ADMIN" });
    const teamName = `Bordeaux ${suffix()}`;
    const email = `new.rep.${suffix()}@test.example`;
    await new SignInPage(page).signInAs(admin);

    await page.goto("/admin/teams");
    await page.getByLabel("Team name").first().fill(teamName);
    await page.getByRole("button", { name: "Create the team" }).click();
    await expect(page.getByRole("heading", { name: teamName })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/admin/people");
    await page.getByRole("button", { name: "Add and get the link" }).click();
    await expect(page.locator("#new-name-error")).toHaveText("This field is required.");
    await page.getByLabel("Name").fill("Inès Nouvelle");
    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Team", { exact: true }).selectOption({ label: teamName });
    await page.getByRole("button", { name: "Add and get the link" }).click();
    const link = await page.getByTestId("invitation-link").inputValue();
    expect(link).toMatch(/^http:\/\/[^/]+\/invite\/[\w-]{43}$/);
    await expect(page.getByRole("row", { name: /Inès Nouvelle/ })).toContainText("Invited (no password yet)");
    await expect(page.getByRole("row", { name: /Inès Nouvelle/ })).toContainText(email);
    await expectAccessible(page);

    const invitee = await browser.newContext();
    const newcomer = await invitee.newPage();
    await newcomer.goto(link);
    await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Welcome to SSI Board");
    await newcomer.getByLabel("New password", { exact: true }).fill("qwerty123456");
    await newcomer.getByLabel("The new password again").fill("qwerty123456");
    await newcomer.getByRole("button", { name: "Set my password and sign in" }).click();
    await expect(newcomer.locator("#new-password-error")).toHaveText("This password is too common: attackers try it first. Choose another.");
    await newcomer.getByLabel("New password", { exact: true }).fill("a quiet harbour at dawn");
    await newcomer.getByLabel("The new password again").fill("a quiet harbour at dawn");
    await newcomer.getByRole("button", { name: "Set my password and sign in" }).click();
    await expect(newcomer.getByRole("button", { name: "Sign out" })).toBeVisible();
    await newcomer.getByRole("link", { name: "Log SSI" }).click();
    const form = new ScoreFormPage(newcomer);
    await form.fill({ brand: "12", people: "11", insights: "10", relationships: "9" });
    await form.submit();
    await expect(newcomer.getByText(/Saved: SSI 42/)).toBeVisible();

    // The link works once.
    await newcomer.goto(link);
    await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
    await invitee.close();

    // Other specs write to the log at the same time: filter by the people of this one.
    await page.goto(`/admin/audit?actor=${admin.id}`);
    const log = page.getByTestId("audit-log");
    await expect(log.getByRole("row", { name: /Team created/ })).toContainText(teamName);
    await expect(log.getByRole("row", { name: /Person created/ })).toContainText("Inès Nouvelle");
    await page.getByLabel("Person").selectOption({ label: "Inès Nouvelle" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(log.getByRole("row", { name: /Password set/ })).toContainText("Inès Nouvelle");
    await expect(log.getByRole("row", { name: /Score logged/ })).toContainText("Inès Nouvelle");
    await expect(log.getByRole("row", { name: /Person created/ })).toContainText("Inès Nouvelle");
    await expectAccessible(page);

    // A link whose page cursor was edited says so on the page, not with an error page.
    const edited = await page.goto(`/admin/audit?actor=${admin.id}&cursor=edited-by-hand`);
    expect(edited?.status()).toBe(200);
    await expect(page.getByText("This page link is not valid: start from the first page.")).toBeVisible();
  });

  test("an admin imports a wide wall sheet: a bad line refuses the whole file, the fixed file imports once, and the boards show the history", async ({ page }) => {
    test.setTimeout(90_000);
    const admin = await createUser({ role: "ADMIN" });
    const team = await createTeam();
    const ann = await createUser({ teamId: team.id, name: `Ann Wall ${suffix()}` });
    const bob = await createUser({ teamId: team.id, name: `Bob Wall ${suffix()}` });
    const [m1, m2, m3] = [3, 2, 1].map((back) => addMonths(thisMonth(), -back)) as [Month, Month, Month];
    const sheet = (bobLast: string) =>
      `\uFEFFNom;Équipe;${frenchHeading(m1)};${frenchHeading(m2)};${frenchHeading(m3)}\r\n` +
      `${ann.name};${team.name};40,5;44;52,25\r\n` +
      `${bob.name};${team.name};50;51;${bobLast}\r\n`;
    await new SignInPage(page).signInAs(admin);
    await page.goto("/admin/import");
    const file = page.getByLabel("File (.xlsx or .csv)");
    await file.setInputFiles({ name: "wall.csv", mimeType: "text/csv", buffer: Buffer.from(sheet("5x")) });
    await page.getByRole("button", { name: "Check the file" }).click();
    const result = page.getByTestId("import-result");
    await expect(result.getByRole("heading")).toHaveText("1 problem: nothing imported");
    await expect(result.getByRole("row", { name: /Not a number/ })).toContainText("3");
    await expect(result.getByRole("row", { name: /Not a number/ })).toContainText(frenchHeading(m3));
    await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
    expect(await scoreCount(ann.id)).toBe(0);
    await expectAccessible(page);

    await file.setInputFiles({ name: "wall.csv", mimeType: "text/csv", buffer: Buffer.from(sheet("53")) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(result.getByRole("heading")).toHaveText("The file is ready to import");
    await expect(result).toContainText("Would create 6, change 0, leave 0 as they are.");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(result.getByRole("heading")).toHaveText("Imported");
    expect(await storedScore(ann.id, m3)).toMatchObject({ source: "IMPORT", brand: null });

    // The same file again changes nothing.
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(result).toContainText("Would create 0, change 0, leave 6 as they are.");

    await page.goto(`/leaderboard?team=${team.id}&month=${m3}&board=improvement`);
    const board = page.getByTestId("board");
    await expect(board.getByRole("row").nth(1)).toContainText(ann.name);
    await expect(board.getByRole("row").nth(1).getByTestId("progress")).toContainText("8.25");
    await expect(board.getByRole("row").nth(2)).toContainText(bob.name);
    await expect(board.getByRole("row").nth(1).locator('[data-cell="pillar-1"]')).toHaveText("—");

    // The rep's page has the total and says that the month has no pillars.
    await page.goto(`/reps/${ann.id}`);
    await expect(page.getByTestId("latest-total")).toHaveText("52.25 out of 100");
    await expect(page.getByTestId("totals-only")).toBeVisible();

    await page.goto("/admin/audit?kind=import.scores");
    await expect(page.getByTestId("audit-log").getByRole("row", { name: /Scores imported/ }).first()).toContainText("6 created, 0 changed, 0 unchanged");
    await page.goto(`/admin/audit?actor=${ann.id}&kind=score.create`);
    await expect(page.getByTestId("audit-log").getByRole("row", { name: /Score logged \(imported\)/ })).toHaveCount(3);
  });
});
