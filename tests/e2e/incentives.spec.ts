import { expect, test } from "./support/test";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths } from "../../platform/time/month";
import { createApiToken, createScore, createTeam, createTeamWithManager, createUser } from "../factories";
import { expectAccessible } from "./support/a11y";
import { SignInPage } from "./support/sign-in-page";

test.describe("incentives", () => {
  test("a manager creates a challenge for their team: bad input is named field by field and nothing typed is lost", async ({ page }) => {
    const { team, manager } = await createTeamWithManager();
    await new SignInPage(page).signInAs(manager);
    await page.getByRole("link", { name: "Incentives" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incentives");
    // Managers see the tiers but do not set them, and run challenges for their teams only.
    await expect(page.getByRole("button", { name: "Save the tiers" })).toHaveCount(0);
    await expect(page.getByLabel("For", { exact: true }).locator("option")).toHaveText([team.name]);

    await page.getByLabel("Title").fill("Engage +3");
    await page.getByLabel("Kind").selectOption({ label: "Gain points in a pillar" });
    await page.getByLabel("Last month").fill(addMonths(thisMonth(), -1));
    await page.locator("#challenge-target").fill("30");
    await page.getByRole("button", { name: "Create the challenge" }).click();
    await expect(page.locator("#challenge-to-error")).toHaveText("The last month cannot come before the first.");
    await expect(page.locator("#challenge-pillar-error")).toHaveText("Choose the pillar of this challenge.");
    await expect(page.locator("#challenge-target-error")).toHaveText("Enter a number of points above 0, up to 25 (a pillar's maximum).");
    await expect(page.locator("#challenge-reward-error")).toHaveText("This field is required.");
    await expect(page.getByLabel("Title")).toHaveValue("Engage +3");
    await expectAccessible(page);

    await page.getByLabel("Last month").fill(thisMonth());
    await page.getByLabel("Pillar").selectOption({ label: "Engage with insights" });
    await page.locator("#challenge-target").fill("3");
    await page.locator("#challenge-reward").fill("Coffee round");
    await page.getByRole("button", { name: "Create the challenge" }).click();
    await expect(page.getByText("Challenge created.")).toBeVisible();
    const row = page.getByTestId("challenges").getByRole("row", { name: /Engage \+3/ });
    await expect(row).toContainText("Gain points in a pillar");
    await expect(row).toContainText("3 · Engage with insights");

    await row.getByRole("button", { name: "Delete Engage +3" }).click();
    await expect(page.getByTestId("challenges").getByRole("row", { name: /Engage \+3/ })).toHaveCount(0);
  });

  test("in French, the challenge form explains its errors in French", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const { manager } = await createTeamWithManager();
    await new SignInPage(page).signInAs(manager);
    await page.goto("/incentives");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Primes et défis");
    await page.getByLabel("Type").selectOption({ label: "Course (la plus forte hausse gagne)" });
    await page.getByRole("button", { name: "Créer le défi" }).click();
    await expect(page.locator("#challenge-title-error")).toHaveText("Ce champ est obligatoire.");
    await expect(page.locator("#challenge-winners-error")).toHaveText("Indiquez combien de personnes gagnent cette course.");
    await expectAccessible(page);
    await context.close();
  });

  test("the board's badges, the rep's page and the team goals show where each stands @phone", async ({ page }) => {
    const month = thisMonth();
    const { team, manager } = await createTeamWithManager();
    const ana = await createUser({ teamId: team.id, name: "Ana" });
    const bea = await createUser({ teamId: team.id, name: "Bea" });
    const cy = await createUser({ teamId: team.id, name: "Cy" });
    await createScore(ana.id, addMonths(month, -1), 40);
    await createScore(ana.id, month, 52);
    await createScore(bea.id, addMonths(month, -1), 50);
    await createScore(bea.id, month, 56);
    await createScore(cy.id, month, 30);
    const { token } = await createApiToken(manager.id);
    const post = (data: object) => page.request.post("/api/v1/challenges", { headers: { authorization: `Bearer ${token}` }, data });
    const reward = { text: "Dinner" };
    expect((await post({ title: "Restaurant +10", kind: "gain", teamId: team.id, from: month, to: month, target: 10, reward })).status()).toBe(201);
    expect((await post({ title: "Team 50", kind: "team-average", teamId: team.id, from: month, to: month, target: 50, reward })).status()).toBe(201);

    await new SignInPage(page).signInAs(manager);
    await page.goto("/leaderboard");
    const badge = (name: string, title: string) => page.getByTestId("board").locator("tbody tr", { hasText: name }).getByTestId("goal").filter({ hasText: title });
    await expect(badge("Ana", "Restaurant +10")).toHaveAttribute("data-status", "achieved");
    await expect(badge("Bea", "Restaurant +10")).toHaveAttribute("data-status", "in-progress");
    await expect(badge("Bea", "Restaurant +10")).toContainText("+6 of +10");
    await expect(badge("Cy", "Restaurant +10")).toHaveAttribute("data-status", "not-eligible");
    await expect(badge("Cy", "Restaurant +10")).toHaveAttribute("title", /no SSI logged for .+, the month before it started/);
    await expect(badge("Cy", "Team 50")).toHaveAttribute("data-status", "in-progress");
    await expectAccessible(page);

    await page.goto(`/teams/${team.id}`);
    await expect(page.getByTestId("team-goals")).toContainText("Average so far: 46 of 50");
    await expect(page.getByTestId("team-goals").getByRole("meter")).toHaveAttribute("value", "46");

    await page.goto(`/reps/${ana.id}`);
    await expect(page.getByTestId("rep-incentives")).toContainText("Restaurant +10 — achieved");
  });

  test("the leaderboard API gives each rep's goals and tier", async ({ request }) => {
    const month = thisMonth();
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id, name: "Dora" });
    await createScore(rep.id, addMonths(month, -1), 40);
    await createScore(rep.id, month, 47);
    const { token } = await createApiToken(manager.id);
    const headers = { authorization: `Bearer ${token}` };
    const created = await request.post("/api/v1/challenges", { headers, data: { title: "Race", kind: "race", teamId: team.id, from: month, to: month, winners: 1, reward: { text: "Day off" } } });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    const board = await (await request.get(`/api/v1/leaderboard?team=${team.id}`, { headers })).json();
    expect(board.entries[0]).toMatchObject({
      name: "Dora",
      goals: [{ challengeId: id, title: "Race", kind: "race", status: "in-progress", progress: { current: 7, target: null }, position: 1 }],
    });
    expect((await (await request.get(`/api/v1/challenges?team=${team.id}&month=${month}`, { headers })).json()).challenges.map((c: { id: string }) => c.id)).toContain(id);
    expect((await request.delete(`/api/v1/challenges/${id}`, { headers })).status()).toBe(204);
    // Gone: a manager cannot tell a deleted id from another team's.
    expect((await request.delete(`/api/v1/challenges/${id}`, { headers })).status()).toBe(403);
  });

  test("an admin sets tiers for a month through the API; bad thresholds are a 400 naming the field", async ({ request }) => {
    const admin = await createUser({ role: "ADMIN" });
    const { token } = await createApiToken(admin.id);
    const headers = { authorization: `Bearer ${token}` };
    const tiers = [{ name: "Gold", minTotal: 70, reward: { text: "Bonus", amount: 150, currency: "EUR" } }, { name: "Silver", minTotal: 60, reward: { text: "Bonus", amount: 75, currency: "EUR" } }];
    const bad = await request.put("/api/v1/tiers", { headers, data: { effectiveFrom: "2099-01", tiers: [...tiers, { name: "Again", minTotal: 70, reward: { text: "x" } }] } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields).toEqual({ "tiers.2.minTotal": "Two tiers cannot have the same minimum SSI." });
    const put = await request.put("/api/v1/tiers", { headers, data: { effectiveFrom: "2099-01", tiers } });
    expect(put.status()).toBe(200);
    const got = await (await request.get("/api/v1/tiers?month=2099-03", { headers })).json();
    expect(got).toMatchObject({ month: "2099-03", effectiveFrom: "2099-01", tiers: [{ name: "Gold", minTotal: 70, reward: { amount: 150, currency: "EUR" } }, { name: "Silver", minTotal: 60 }] });
  });
});

test.describe("incentives: who may do what", () => {
  test("a manager cannot set tiers, close months or see another team's payouts", async ({ page }) => {
    const { team, manager } = await createTeamWithManager();
    const other = await createTeam();
    await new SignInPage(page).signInAs(manager);
    expect((await page.goto("/admin/months"))?.status()).toBe(403);
    expect((await page.goto(`/payouts?team=${other.id}`))?.status()).toBe(403);
    expect((await page.goto(`/payouts?team=${team.id}`))?.status()).toBe(200);
    await expectAccessible(page);
    const { token } = await createApiToken(manager.id);
    const headers = { authorization: `Bearer ${token}` };
    const month = addMonths(thisMonth(), -30);
    expect((await page.request.put("/api/v1/tiers", { headers, data: { effectiveFrom: "2099-02", tiers: [] } })).status()).toBe(403);
    expect((await page.request.post(`/api/v1/months/${month}/close`, { headers })).status()).toBe(403);
    expect((await page.request.get(`/api/v1/payouts?month=${month}&team=${other.id}`, { headers })).status()).toBe(403);
    expect((await page.request.get(`/api/v1/payouts?month=${month}`, { headers })).status()).toBe(403);
    expect((await page.request.get(`/api/v1/payouts?month=${month}&team=${team.id}`, { headers })).status()).toBe(200);
    const forOther = await page.request.post("/api/v1/challenges", { headers, data: { title: "X", kind: "gain", teamId: other.id, from: month, to: month, target: 1, reward: { text: "x" } } });
    expect(forOther.status()).toBe(403);
  });

  test("a rep reaches no incentive page, action or API", async ({ page }) => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    await new SignInPage(page).signInAs(rep);
    await expect(page.getByRole("link", { name: "Incentives" })).toHaveCount(0);
    for (const path of ["/incentives", "/payouts", "/admin/months", "/admin"]) expect((await page.goto(path))?.status(), path).toBe(403);
    const { token } = await createApiToken(rep.id);
    const headers = { authorization: `Bearer ${token}` };
    const month = addMonths(thisMonth(), -30);
    const calls = [
      page.request.put("/api/v1/tiers", { headers, data: { effectiveFrom: "2099-03", tiers: [] } }),
      page.request.post("/api/v1/challenges", { headers, data: { title: "X", kind: "gain", teamId: team.id, from: month, to: month, target: 1, reward: { text: "x" } } }),
      page.request.delete("/api/v1/challenges/anything", { headers }),
      page.request.post(`/api/v1/months/${month}/close`, { headers }),
      page.request.post(`/api/v1/months/${month}/reopen`, { headers, data: { reason: "x" } }),
      page.request.get(`/api/v1/payouts?month=${month}&team=${team.id}`, { headers }),
      page.request.get(`/api/exports/payouts?month=${month}&team=${team.id}`, { headers }),
    ];
    expect((await Promise.all(calls)).map((r) => r.status())).toEqual([403, 403, 403, 403, 403, 403, 403]);
  });
});
