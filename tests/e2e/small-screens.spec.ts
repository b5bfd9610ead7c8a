// At 360 px (the narrowest phones in use) no page scrolls sideways, and the
// leaderboard is a list of cards: rank, name, SSI, progress and pillars, all
// in view without scrolling its table either.
import { type Locator, type Page } from "@playwright/test";
import { thisMonth } from "../../platform/time/calendar";
import { createHistory, createInvitation, createTeamWithManager, createUser, createWallLink } from "../factories";
import { SignInPage } from "./support/sign-in-page";
import { expect, test } from "./support/test";

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page, `${path} is ${widths.page}px wide in a ${widths.view}px screen`).toBeLessThanOrEqual(widths.view);
}

/** The table is in view whole: neither it nor its scrolling region scrolls sideways. */
async function expectTableFits(table: Locator) {
  const region = await table.evaluate((element) => {
    const scroller = element.closest(".table-scroll") ?? element;
    return { scroll: scroller.scrollWidth, client: scroller.clientWidth };
  });
  expect(region.scroll).toBeLessThanOrEqual(region.client);
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  // One test per visitor, so that each stays well within its time.
  async function world() {
    const { team } = await createTeamWithManager();
    const frenchManager = await createUser({ role: "MANAGER", teamId: team.id, locale: "fr" });
    const reps = [];
    for (const name of ["Maximilienne Vandenberghe-Oliveira", "Jo Li", "Bartholomew Featherstonehaugh"]) {
      const rep = await createUser({ teamId: team.id, name });
      await createHistory(rep.id, thisMonth(), [41.25, 48.5, 52.75]);
      reps.push(rep);
    }
    return { team, admin: await createUser({ role: "ADMIN" }), frenchManager, rep: reps[0]?.id ?? "" };
  }

  test("no page scrolls sideways for a visitor who is not signed in", async ({ page }) => {
    const { team } = await world();
    await expectNoSidewaysScroll(page, "/sign-in");
    await expectNoSidewaysScroll(page, await createInvitation((await createUser({ name: "Maximilienne Vandenberghe-Oliveira" })).id));
    await expectNoSidewaysScroll(page, await createWallLink(team.id));
  });

  for (const [who, as] of [["an admin, in English", "admin"], ["a manager, in French", "frenchManager"]] as const) {
    test(`no page scrolls sideways for ${who}`, async ({ page }) => {
      test.setTimeout(90_000);
      const { team, rep, ...people } = await world();
      await new SignInPage(page).signInAs(people[as]);
      for (const path of [
        "/",
        "/leaderboard",
        `/leaderboard?team=${team.id}&board=improvement`,
        `/teams/${team.id}`,
        `/reps/${rep}`,
        `/reps/${rep}/log`,
        "/settings/tokens",
        "/admin",
        "/incentives",
        "/payouts",
        "/admin/months",
        "/admin/teams",
        "/admin/people",
        `/admin/people/${rep}`,
        "/admin/import",
        "/admin/audit",
        "/settings/account",
        "/no-such-page",
      ]) {
        await expectNoSidewaysScroll(page, path);
      }
    });
  }

  test("the leaderboard is a list of cards that fit the screen @phone", async ({ page }) => {
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id, name: "Maximilienne Vandenberghe-Oliveira" });
    await createHistory(rep.id, thisMonth(), [41.25, 48.5, 52.75]);
    await new SignInPage(page).signInAs(manager);
    await page.goto(`/leaderboard?team=${team.id}`);
    const card = page.getByTestId("board").locator("tbody tr").first();
    await expect(card.getByTestId("total")).toBeVisible();
    await expect(card.getByTestId("progress")).toBeVisible();
    await expect(card.getByTestId("rank")).toBeVisible();
    await expectTableFits(page.getByTestId("board"));
  });

  test("the sessions of the security page are cards that fit the screen, in French too", async ({ page }) => {
    const rep = await createUser({ teamId: (await createTeamWithManager()).team.id, locale: "fr" });
    await new SignInPage(page).signInAs(rep);
    await page.goto("/settings/security");
    const sessions = page.getByRole("region", { name: /Sessions/ }).locator("table");
    await expect(sessions.getByText("Ce navigateur")).toBeVisible();
    await expectTableFits(sessions);
  });
});
