// The payout report as a PDF for payroll, downloaded through the page's link
// and read back as text: a summary page and a page per team, in the reader's
// language, "provisional" on every page until the month is closed.
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { SignInPage } from "./support/sign-in-page";
import { closeMonth, createScore, createTeam, createUser, testDb } from "../factories";
import { readPdf } from "../helpers/pdf";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths, monthToDate } from "../../platform/time/month";

async function downloadPdf(page: Page, link: Locator) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await download.path();
  if (!path) throw new Error(`the download of ${download.suggestedFilename()} failed`);
  const pdf = await readPdf(new Uint8Array(await readFile(path)));
  return { filename: download.suggestedFilename(), pages: pdf.pages.map((p) => p.replace(/\s+/g, " ")) };
}

test.describe("in French", () => {
  test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR" } });

  test("a manager downloads this month's payouts as a provisional PDF", async ({ page }) => {
    const month = thisMonth();
    const team = await createTeam(`Équipe PDF ${Date.now()}`);
    const manager = await createUser({ role: "MANAGER", teamId: team.id, locale: "fr" });
    const rep = await createUser({ teamId: team.id, name: `Zoé Łukasik ${Date.now()}` });
    await createScore(rep.id, month, 64.25);
    await testDb().challenge.create({
      data: { title: "Au-dessus de 60", kind: "threshold", teamId: team.id, fromMonth: monthToDate(month), toMonth: monthToDate(month), target: 60, rewardText: "Prime", rewardAmount: 25, rewardCurrency: "EUR" },
    });
    await new SignInPage(page).signInAs(manager);
    await page.goto(`/payouts?month=${month}&team=${team.id}`);
    const { filename, pages } = await downloadPdf(page, page.getByRole("link", { name: "PDF, pour la paie" }));
    expect(filename).toBe(`ssi-versements-${team.name.replaceAll(" ", "-")}-${month}-provisoire.pdf`);
    expect(pages).toHaveLength(2);
    const [summary, teamPage] = pages as [string, string];
    expect(summary).toContain("Rapport des versements");
    expect(summary).toContain("n'est pas encore clôturé");
    expect(summary).toMatch(new RegExp(`${team.name} 1 1 25,00\\s€`));
    expect(teamPage).toContain(`${rep.name} 64,25`);
    expect(teamPage).toContain("Au-dessus de 60");
    for (const [i, text] of pages.entries()) {
      expect(text).toContain("PROVISOIRE");
      expect(text).toContain(`page ${i + 1} sur 2`);
    }
  });
});

test("an admin's PDF of a closed month is final, and names only that team's people", async ({ page }) => {
  const month = addMonths(thisMonth(), -43);
  const team = await createTeam(`PDF team ${Date.now()}`);
  const other = await createTeam(`Other team ${Date.now()}`);
  const admin = await createUser({ role: "ADMIN", locale: "en" });
  const rep = await createUser({ teamId: team.id });
  const stranger = await createUser({ teamId: other.id });
  await createScore(rep.id, month, 71);
  await createScore(stranger.id, month, 72);
  await closeMonth(month);
  await new SignInPage(page).signInAs(admin);
  await page.goto(`/payouts?month=${month}&team=${team.id}`);
  const { filename, pages } = await downloadPdf(page, page.getByRole("link", { name: "PDF, for payroll" }));
  expect(filename).toBe(`ssi-payouts-${team.name.replaceAll(" ", "-")}-${month}.pdf`);
  const text = pages.join(" ");
  expect(text).toContain("is closed.");
  expect(text).toContain(`${rep.name} 71`);
  expect(text).not.toContain("PROVISIONAL");
  expect(text).not.toContain(stranger.name);
  expect(text).not.toContain(other.name);
});
