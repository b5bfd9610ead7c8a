// "Send to SSI Board": the bookmark a rep clicks on LinkedIn's SSI page (here
// a saved copy, served by the test at LinkedIn's address) opens the log page
// with the page's numbers read and filled in; nothing is saved until the rep
// saves, and the page's text never goes to a server in a URL.
import { readFileSync } from "node:fs";
import { type BrowserContext, type Page } from "@playwright/test";
import { thisMonth } from "../../platform/time/calendar";
import { createTeam, createUser, scoreCount, storedScore } from "../factories";
import { ScoreFormPage } from "./support/score-form-page";
import { SignInPage } from "./support/sign-in-page";
import { expect, test } from "./support/test";

const LINKEDIN_SSI = "https://www.linkedin.com/sales/ssi";

/** The bookmark's code, as the log page offers it for this app's address. */
async function bookmarklet(page: Page): Promise<string> {
  await page.goto("/log");
  const link = page.getByTestId("bookmarklet");
  await expect(link).toHaveAttribute("href", /^javascript:/);
  return (await link.getAttribute("href")) ?? "";
}

/** Opens the saved SSI page at LinkedIn's address and clicks the bookmark there; the log page opens in a new tab. */
async function clickOnLinkedIn(context: BrowserContext, code: string): Promise<Page> {
  await context.route(`${LINKEDIN_SSI}*`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: readFileSync("tests/e2e/fixtures/linkedin-ssi.html", "utf8") }),
  );
  const linkedIn = await context.newPage();
  await linkedIn.goto(LINKEDIN_SSI);
  await expect(linkedIn.getByText("Current Social Selling Index")).toBeVisible();
  const opened = context.waitForEvent("page");
  // What clicking a bookmark does: run its code in the page.
  await linkedIn.evaluate(code.slice("javascript:".length));
  const logPage = await opened;
  await logPage.waitForLoadState();
  return logPage;
}

/** Every URL the browser asked our app for, to check that the page's text was never in one. */
function ourRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => {
    if (!request.url().startsWith(LINKEDIN_SSI)) urls.push(request.url());
  });
  return urls;
}

test.describe("one click from LinkedIn", () => {
  test("a rep sends their SSI page, checks the numbers and saves", async ({ page, context }) => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    await new SignInPage(page).signInAs(rep);
    const code = await bookmarklet(page);
    const requests = ourRequests(context);

    const logPage = await clickOnLinkedIn(context, code);
    await expect(logPage.getByTestId("paste-message")).toContainText("check the numbers below");
    const form = new ScoreFormPage(logPage);
    await expect(form.value("brand")).toHaveValue("20.97");
    await expect(form.value("total")).toHaveValue("53");
    await expect(form.value("networkRankPct")).toHaveValue("12");
    // The text left the address bar, and no request carried it.
    expect(new URL(logPage.url()).hash).toBe("");
    expect(requests.filter((url) => /paste|Establish|Selling/i.test(decodeURIComponent(url)))).toEqual([]);
    expect(await scoreCount(rep.id)).toBe(0);

    await form.submit();
    await expect(logPage.getByText("Saved: SSI 53 for")).toBeVisible();
    expect(await storedScore(rep.id, thisMonth())).toMatchObject({ source: "PASTE" });
  });

  test("a signed-out rep signs in first, and still finds the page read", async ({ page, browser }) => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    await new SignInPage(page).signInAs(rep);
    const code = await bookmarklet(page);

    const fresh = await browser.newContext();
    const logPage = await clickOnLinkedIn(fresh, code);
    await expect(logPage).toHaveURL(/\/sign-in/);
    await new SignInPage(logPage).signIn(rep.email, rep.password);
    await expect(logPage.getByTestId("paste-message")).toContainText("check the numbers below");
    await expect(new ScoreFormPage(logPage).value("relationships")).toHaveValue("15");
    expect(await scoreCount(rep.id)).toBe(0);
    await fresh.close();
  });
});
