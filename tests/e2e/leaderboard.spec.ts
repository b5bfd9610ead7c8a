import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { readFile } from "node:fs/promises";
import { expectAccessible } from "./support/a11y";
import { knownBoard } from "./support/board-fixture";
import { createScore, createTeamWithManager, createUser, createWallLink } from "../factories";
import { SignInPage } from "./support/sign-in-page";

async function boardRows(page: Page) {
  const rows = page.getByTestId("board").locator("tbody tr");
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('[data-testid="rank"]')?.textContent, tr.querySelector("th")?.textContent]),
  );
}

test.describe("leaderboard", () => {
  test("a manager reads the board: ties 1, 2, 2, 4, 'new', not logged, both boards and months", async ({ page }) => {
    const fixture = await knownBoard();
    await new SignInPage(page).signInAs(fixture.manager);
    await page.getByRole("link", { name: "Leaderboard" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Leaderboard · ${fixture.teamName}`);
    await expect.poll(() => boardRows(page)).toEqual([["1", "Ana"], ["2", "Bea"], ["2", "Cy"], ["4", "Dan"]]);
    const cy = page.getByTestId("board").locator("tbody tr", { hasText: "Cy" });
    await expect(cy.getByTestId("progress")).toHaveText("new");
    await expect(page.getByTestId("board").locator("tbody tr", { hasText: "Ana" }).getByTestId("progress")).toHaveText("▲ up 10");
    await expect(page.getByTestId("not-logged")).toContainText("Eve");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Most improved" }).click();
    await expect(page.getByRole("link", { name: "Most improved" })).toHaveAttribute("aria-current", "page");
    await expect.poll(() => boardRows(page)).toEqual([["1", "Ana"], ["2", "Bea"], ["3", "Dan"], ["—", "Cy"]]);
    await expectAccessible(page);

    await page.getByLabel("Month", { exact: true }).fill(fixture.previous);
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`month=${fixture.previous}`));
    await page.getByRole("link", { name: "SSI board", exact: true }).click();
    await expect(page.getByRole("link", { name: "SSI board", exact: true })).toHaveAttribute("aria-current", "page");
    await expect.poll(() => boardRows(page)).toEqual([["1", "Ana"], ["2", "Bea"], ["3", "Dan"], ["4", "Eve"]]);
    await expect(page.getByTestId("not-logged")).toContainText("Cy");
  });

  test("a manager downloads the board and the wall table as CSV", async ({ page }) => {
    const fixture = await knownBoard();
    await new SignInPage(page).signInAs(fixture.manager);
    await page.goto("/leaderboard");
    const [boardDownload] = await Promise.all([page.waitForEvent("download"), page.getByText("Download this board (CSV)").click()]);
    const board = await readFile((await boardDownload.path()) ?? "", "utf8");
    expect(board.startsWith("\uFEFF")).toBe(true);
    // Every line ends with CRLF, the last one too.
    expect(board.endsWith("\r\n")).toBe(true);
    const lines = board.slice(1, -2).split("\r\n");
    expect(lines[0]).toBe("Rank,Rep,Team,SSI,Last month,Progress,Establish your professional brand,Find the right people,Engage with insights,Build relationships,Streak,Tier,Challenges");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 6).join(","))).toEqual([
      `1,Ana,${fixture.teamName},60,50,10`,
      `2,Bea,${fixture.teamName},50,48,2`,
      `2,Cy,${fixture.teamName},50,,`,
      `4,Dan,${fixture.teamName},40,45,-5`,
    ]);

    const [wallDownload] = await Promise.all([page.waitForEvent("download"), page.getByText("Download the wall table").click()]);
    const wall = (await readFile((await wallDownload.path()) ?? "", "utf8")).slice(1).split("\r\n");
    expect(wall[0]?.split(",")).toHaveLength(14); // rep, team, 12 months
    expect(wall.find((l) => l.startsWith("Ana,"))?.split(",").slice(-2)).toEqual(["50", "60"]);
    expect(wall.find((l) => l.startsWith("Eve,"))?.split(",").slice(-2)).toEqual(["35", ""]);
  });

  test.describe("in French", () => {
    test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR" } });

    test("the CSV uses semicolons and decimal commas for Excel in French", async ({ page }) => {
      const fixture = await knownBoard();
      await new SignInPage(page).signInAs(fixture.manager);
      const response = await page.request.get(`/api/exports/board?team=${fixture.teamId}&month=${fixture.month}`);
      const csv = await response.text();
      expect(csv.split("\r\n")[0]).toContain("Rang;Commercial·e;Équipe;SSI;Mois précédent;Progression");
      expect(csv).toContain(`1;Ana;${fixture.teamName};60;50;10;15;15;15;15;`);
    });
  });

  test("a manager cannot open another team's board; a rep sees their own team's", async ({ page, browser }) => {
    const fixture = await knownBoard();
    await new SignInPage(page).signInAs((await createTeamWithManager()).manager);
    expect((await page.goto(`/leaderboard?team=${fixture.teamId}`))?.status()).toBe(403);
    expect((await page.goto("/leaderboard?team=all"))?.status()).toBe(403);

    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await new SignInPage(repPage).signInAs(fixture.reps.ana);
    await repPage.goto("/leaderboard");
    await expect.poll(() => boardRows(repPage)).toEqual([["1", "Ana"], ["2", "Bea"], ["2", "Cy"], ["4", "Dan"]]);
    await expect(repPage.getByText("Check")).toHaveCount(0); // no plausibility column for reps
    await repContext.close();
  });

  test("an admin's wall link shows the board without signing in, and stops once revoked", async ({ page, browser }) => {
    const fixture = await knownBoard();
    await new SignInPage(page).signInAs(await createUser({ role: "ADMIN" }));
    await page.goto("/admin");
    await expectAccessible(page);
    await page.getByLabel("Team", { exact: true }).selectOption({ label: fixture.teamName });
    await page.getByRole("button", { name: "Create a link" }).click();
    const path = (await page.getByTestId("new-wall-link").getAttribute("href")) ?? "";
    expect(path).toMatch(/^\/wall\/[\w-]{40,}$/);

    const tv = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const tvPage = await tv.newPage();
    expect((await tvPage.goto(path))?.status()).toBe(200);
    await expect(tvPage.getByRole("heading", { level: 1 })).toHaveText(`SSI board · ${fixture.teamName}`);
    const wall = tvPage.getByTestId("wall-board");
    await expect(wall.locator("tbody tr").first()).toContainText("Ana");
    await expect(wall.locator("tbody tr").first()).toContainText("60");
    await expect(wall).not.toContainText("15"); // no pillars on the wall
    const data = await (await tvPage.request.get(`/api/${path.slice(1)}`)).json();
    expect(Object.keys(data.score[0]).sort()).toEqual(["name", "progress", "rank", "total"]);
    await expect(tvPage.getByRole("link")).toHaveCount(0); // nothing to navigate to from the TV
    await expectAccessible(tvPage);

    await page.reload();
    await page.getByTestId("wall-links").getByRole("row", { name: new RegExp(fixture.teamName) }).getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByTestId("wall-links").getByRole("row", { name: new RegExp(fixture.teamName) })).toHaveCount(0);
    expect((await tvPage.request.get(`/api/${path.slice(1)}`)).status()).toBe(404);
    expect((await tvPage.goto(path))?.status()).toBe(404);
    await tv.close();
  });

  test("the wall alternates the two boards every 15 seconds and refreshes its data every minute", async ({ browser }) => {
    const fixture = await knownBoard();
    const path = await createWallLink(fixture.teamId);
    const tv = await browser.newContext();
    const tvPage = await tv.newPage();
    await tvPage.clock.install();
    await tvPage.goto(path);
    const heading = tvPage.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(`SSI board · ${fixture.teamName}`);
    await expect(tvPage.locator("main.wall")).toHaveAttribute("data-live", "true"); // timers installed
    await tvPage.clock.fastForward(15_000);
    await expect(heading).toHaveText(`Most improved · ${fixture.teamName}`);
    await tvPage.clock.fastForward(15_000);
    await expect(heading).toHaveText(`SSI board · ${fixture.teamName}`);
    await createScore(fixture.reps.eve.id, fixture.month, 90);
    await tvPage.clock.fastForward(30_000);
    await expect(tvPage.getByTestId("wall-board").locator("tbody tr").first()).toContainText("Eve");
    await tv.close();
  });

  test("odd query parameters fall back to sensible defaults, never an error page", async ({ page }) => {
    const fixture = await knownBoard();
    await new SignInPage(page).signInAs(fixture.manager);
    for (const query of ["month=garbage", "month=2026-13&page=-4", "board=%3Cscript%3E&page=abc", "month=1999-01"]) {
      const response = await page.goto(`/leaderboard?${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(fixture.teamName);
    }
  });

  test("the wall link gives nothing but the board: other pages still need a sign-in", async ({ page }) => {
    expect((await page.goto("/wall/not-a-real-link"))?.status()).toBe(404);
    await page.goto("/leaderboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
