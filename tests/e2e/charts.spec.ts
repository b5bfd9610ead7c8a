// The charts as drawn in Chromium, at a phone's 360 px and a desktop's
// 1280 px, in both languages: the legend in the order the series are drawn
// (Recharts sorts it alphabetically by default), and the threshold's label
// inside the plot rather than cut off at its right edge.
import { expect, test } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import { thisMonth } from "../../platform/time/calendar";
import { createHistory, createTeamWithManager, createUser } from "../factories";
import { SignInPage } from "./support/sign-in-page";
import en from "../../platform/i18n/messages/en.json" with { type: "json" };
import fr from "../../platform/i18n/messages/fr.json" with { type: "json" };
import { PILLARS } from "../../features/scores/score";

const WIDTHS = [360, 1280];

/** The last chart with a legend in the section titled `titleId`, once drawn (the charts load when they come into view). */
async function drawnChart(page: Page, titleId: string): Promise<Locator> {
  const section = page.locator(`section:has(#${titleId})`);
  await page.locator(`#${titleId}`).scrollIntoViewIfNeeded();
  await section.evaluate((element) => element.scrollIntoView({ block: "end" }));
  const chart = section.locator("figure.chart").filter({ has: page.locator(".recharts-legend-wrapper") }).last();
  await expect(chart.locator(".recharts-legend-item-text").first()).toBeVisible();
  return chart;
}

for (const [language, messages] of [["en", en], ["fr", fr]] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === "fr" ? "fr-FR" : "en-GB", extraHTTPHeaders: { "Accept-Language": language === "fr" ? "fr-FR" : "en-GB" } });
    const pillarNames = PILLARS.map((p) => messages.pillars[p]);

    test("the rep's chart lists its legend bottom of the stack first, and keeps the threshold's label inside the plot", async ({ page }) => {
      const { team, manager } = await createTeamWithManager();
      const rep = await createUser({ teamId: team.id });
      await createHistory(rep.id, thisMonth(), [41, 58, 72]);
      await new SignInPage(page).signInAs(manager);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/reps/${rep.id}`);
        const chart = await drawnChart(page, "chart-title");
        await expect(chart.locator(".recharts-legend-item-text"), `${width} px`).toHaveText([...pillarNames, "SSI"]);
        const label = chart.locator(".recharts-wrapper > svg.recharts-surface text").filter({ hasText: messages.rep.threshold });
        await expect(label).toHaveCount(1);
        const [box, plot] = [await label.boundingBox(), await chart.locator(".recharts-wrapper > svg.recharts-surface").boundingBox()];
        if (!box || !plot) throw new Error("the chart is not drawn");
        expect(box.x, `${width} px`).toBeGreaterThanOrEqual(plot.x);
        expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(plot.x + plot.width);
        expect(box.y, `${width} px`).toBeGreaterThanOrEqual(plot.y);
      }
    });

    test("the team's pillar chart lists its legend in the pillars' order", async ({ page }) => {
      const { team, manager } = await createTeamWithManager();
      const rep = await createUser({ teamId: team.id });
      await createHistory(rep.id, thisMonth(), [35, 50]);
      await new SignInPage(page).signInAs(manager);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/leaderboard?team=${team.id}`);
        const chart = await drawnChart(page, "trend-title");
        await expect(chart.locator(".recharts-legend-item-text"), `${width} px`).toHaveText(pillarNames);
      }
    });
  });
}
