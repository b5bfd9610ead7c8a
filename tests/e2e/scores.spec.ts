import { expect, test } from "./support/test";
import { readFileSync } from "node:fs";
import { expectAccessible } from "./support/a11y";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths } from "../../platform/time/month";
import { auditCount, createScore, createTeam, createTeamWithManager, createUser, scoreCount, storedScore } from "../factories";
import { holdScripts } from "./support/before-hydration";
import { ScoreFormPage } from "./support/score-form-page";
import { SignInPage } from "./support/sign-in-page";

const month = thisMonth();

/** A new rep in a new team. */
async function newRep(options: { locale?: "fr" } = {}) {
  return createUser({ teamId: (await createTeam()).id, ...options });
}

test.describe("logging a score", () => {
  test.describe("in French", () => {
    test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR" } });

    test("a rep types a score with decimal commas and sees it on their page and chart @phone", async ({ page }) => {
      const rep = await newRep({ locale: "fr" });
      await new SignInPage(page).signInAs(rep);
      await page.getByRole("link", { name: "Saisir votre SSI" }).click();
      const form = new ScoreFormPage(page);
      await expect(page.getByRole("heading", { name: "Saisir votre SSI" })).toBeVisible();
      await expectAccessible(page);
      await form.fill({ brand: "13,118", people: "12,5", insights: "9", relationships: "10,25" });
      await form.submit();
      await expect(page.getByText("Enregistré : SSI 45 pour")).toBeVisible();
      expect(await storedScore(rep.id, month)).toMatchObject({ source: "FORM" });
      expect((await storedScore(rep.id, month))?.brand?.toString()).toBe("13.118");

      await page.getByRole("link", { name: "Voir la page" }).click();
      await expect(page.getByTestId("latest-total")).toHaveText("45 sur 100");
      await expect(page.getByTestId("pillar-brand")).toHaveText("13,118");
      // The chart is fetched when it comes into view.
      await page.locator("#chart-title").scrollIntoViewIfNeeded();
      await expect(page.locator(".recharts-surface").first()).toBeVisible();
      await expect(page.getByTestId("weakest-pillar")).toContainText("Échanger des informations");
      await expectAccessible(page);
    });
  });

  test("a rep pastes their SSI page, checks the numbers, and saves", async ({ page }) => {
    const rep = await newRep();
    await new SignInPage(page).signInAs(rep);
    const form = new ScoreFormPage(page);
    await form.goto();
    // The fixture page is dated November 2026; log it for this month.
    const text = readFileSync("features/scores/paste/fixtures/en-inline.txt", "utf8");
    await form.paste(text);
    await expect(page.getByTestId("paste-message")).toContainText("check the numbers below");
    await expect(form.value("brand")).toHaveValue("21.306");
    await expect(form.value("total")).toHaveValue("74");
    await expect(form.value("industryRankPct")).toHaveValue("2");
    expect(await scoreCount(rep.id)).toBe(0); // nothing stored before confirmation
    await form.submit();
    await expect(page.getByText("Saved: SSI 74 for")).toBeVisible();
    expect(await storedScore(rep.id, month)).toMatchObject({ source: "PASTE", enteredById: rep.id });
    await page.goto("/");
    await expect(page.getByTestId("latest-total")).toHaveText("74 out of 100");
  });

  test("what a rep types before the page has hydrated is kept and saved", async ({ page }) => {
    const rep = await newRep();
    await new SignInPage(page).signInAs(rep);
    const scripts = await holdScripts(page);
    // Held scripts hold back "DOMContentLoaded" too: wait for the HTML only.
    await page.goto("/log", { waitUntil: "commit" });
    const form = new ScoreFormPage(page);
    await form.fill({ brand: "20", people: "15", insights: "10", relationships: "5" });
    await scripts.hydrate("#brand");
    // A render after hydration (the total typed) must not wipe the pillars.
    await form.fill({ total: "50" });
    await expect(form.value("brand")).toHaveValue("20");
    await form.submit();
    await expect(page.getByText("Saved: SSI 50 for")).toBeVisible();
    expect((await storedScore(rep.id, month))?.people?.toString()).toBe("15");
  });

  test("a paste that cannot be read says so and fills nothing", async ({ page }) => {
    const rep = await newRep();
    await new SignInPage(page).signInAs(rep);
    const form = new ScoreFormPage(page);
    await form.goto();
    await form.paste(readFileSync("features/scores/paste/fixtures/refused-ambiguous.txt", "utf8"));
    await expect(page.getByTestId("paste-message")).toContainText("more than one way");
    await expect(form.value("brand")).toHaveValue("");
  });

  test("invalid values get a message next to each field and store nothing", async ({ page }) => {
    const rep = await newRep();
    await new SignInPage(page).signInAs(rep);
    const form = new ScoreFormPage(page);
    await form.goto();
    await form.fill({ brand: "26", people: "abc", insights: "10.1234", relationships: "5", total: "" });
    await form.submit();
    await expect(form.fieldError("brand")).toHaveText("A pillar is between 0 and 25.");
    await expect(form.fieldError("people")).toHaveText("Enter a number, like 13.12 or 13,12.");
    await expect(form.fieldError("insights")).toHaveText("Use at most 3 decimals.");
    await expect(form.value("people")).toHaveValue("abc"); // what was typed stays
    await expectAccessible(page);
    await form.fill({ brand: "20", people: "10", insights: "10", total: "60" });
    await form.submit();
    await expect(form.fieldError("total")).toContainText("(45)");
    expect(await scoreCount(rep.id)).toBe(0);
  });

  test("a manager corrects a rep's score and the change history shows both entries", async ({ page, browser }) => {
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id });
    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await new SignInPage(repPage).signInAs(rep);
    const repForm = new ScoreFormPage(repPage);
    await repForm.goto();
    await repForm.fill({ brand: "20", people: "10", insights: "10", relationships: "10" });
    await repForm.submit();
    await expect(repPage.getByText("Saved: SSI 50 for")).toBeVisible();
    await repContext.close();

    await new SignInPage(page).signInAs(manager);
    await page.goto(`/reps/${rep.id}`);
    await page.getByRole("link", { name: "Log SSI" }).click();
    const form = new ScoreFormPage(page);
    await expect(form.value("brand")).toHaveValue("20");
    await form.fill({ brand: "22", total: "" });
    await form.submit();
    await expect(page.getByText("Saved: SSI 52 for")).toBeVisible();

    await page.goto(`/reps/${rep.id}`);
    await page.getByText("Change history").click();
    const trail = page.getByTestId("audit-trail");
    await expect(trail.locator("tbody tr")).toHaveCount(2);
    await expect(trail.locator("tbody tr").nth(0)).toContainText(manager.name);
    await expect(trail.locator("tbody tr").nth(0)).toContainText("SSI 50 → 52");
    await expect(trail.locator("tbody tr").nth(1)).toContainText(rep.name);
    await expect(page.locator("table").filter({ hasText: "Entered by" })).toContainText(manager.name);
    await expectAccessible(page);
    expect(await auditCount(rep.id)).toBe(2);
  });

  test("the server refuses a form tampered to save another rep's score, and keeps what was typed", async ({ page }) => {
    const team = await createTeam();
    const other = await createUser({ teamId: team.id });
    const rep = await createUser({ teamId: team.id });
    await new SignInPage(page).signInAs(rep);
    const form = new ScoreFormPage(page);
    await form.goto();
    await form.fill({ brand: "20", people: "10", insights: "10", relationships: "10" });
    // Last, as an attacker would: React puts the page's value back on every render.
    await page.locator("form.score-form input[name=repId]").evaluate((input, id) => ((input as HTMLInputElement).value = id), other.id);
    await form.submit();
    await expect(page.getByRole("alert").filter({ hasText: "You are not allowed to log scores for this person." })).toBeVisible();
    await expect(form.value("brand")).toHaveValue("20");
    expect(await scoreCount(other.id)).toBe(0);
    expect(await scoreCount(rep.id)).toBe(0);
  });

  test("a session that ended before saving says so, and keeps what was typed", async ({ page }) => {
    const rep = await newRep();
    await new SignInPage(page).signInAs(rep);
    const form = new ScoreFormPage(page);
    await form.goto();
    await form.fill({ brand: "20", people: "10", insights: "10", relationships: "10" });
    await page.context().clearCookies();
    await form.submit();
    await expect(page.getByRole("alert").filter({ hasText: "Your session has ended." })).toBeVisible();
    await expect(form.value("people")).toHaveValue("10");
    expect(await scoreCount(rep.id)).toBe(0);
  });

  test("a rep cannot open another rep's score form", async ({ page }) => {
    const team = await createTeam();
    const other = await createUser({ teamId: team.id });
    await new SignInPage(page).signInAs(await createUser({ teamId: team.id }));
    expect((await page.goto(`/reps/${other.id}/log`))?.status()).toBe(403);
  });
});

test.describe("goals and flags", () => {
  test("a rep sets, edits and deletes a goal; their manager sees it", async ({ page, browser }) => {
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id });
    await new SignInPage(page).signInAs(rep);
    const goals = page.getByTestId("goals");
    // Typed before the page has hydrated, as on a slow phone: kept after it.
    const scripts = await holdScripts(page);
    await page.reload({ waitUntil: "commit" });
    await page.getByLabel("Target SSI").fill("150");
    await scripts.hydrate("#goal-new-target");
    await page.getByLabel("By").fill("2027-07");
    await expect(page.getByLabel("Target SSI")).toHaveValue("150");
    await page.getByRole("button", { name: "Add goal" }).click();
    await expect(page.getByText("A target is an SSI above 0 and up to 100.")).toBeVisible();
    await page.getByLabel("Target SSI").fill("75");
    await page.getByRole("button", { name: "Add goal" }).click();
    await expect(goals).toContainText("75 by July 2027");
    await expect(goals).toContainText("At risk");
    await expectAccessible(page);

    const managerContext = await browser.newContext();
    const managerPage = await managerContext.newPage();
    await new SignInPage(managerPage).signInAs(manager);
    await managerPage.goto(`/reps/${rep.id}`);
    await expect(managerPage.getByTestId("goals")).toContainText("75 by July 2027");
    await expect(managerPage.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await managerContext.close();

    await goals.getByRole("button", { name: "Edit" }).click();
    await goals.getByLabel("Target SSI").fill("60");
    await goals.getByRole("button", { name: "Save" }).click();
    await expect(goals).toContainText("60 by July 2027");
    await goals.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("No goal yet.")).toBeVisible();
  });

  test("a manager sees the plausibility flag of a suspicious jump; the rep does not", async ({ page, browser }) => {
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id });
    await createScore(rep.id, addMonths(month, -1), 30);
    await createScore(rep.id, month, 60);
    await new SignInPage(page).signInAs(manager);
    await page.goto(`/reps/${rep.id}`);
    await expect(page.getByTestId("flags")).toContainText("SSI moved +30 points in a month");

    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await new SignInPage(repPage).signInAs(rep);
    await expect(repPage.getByTestId("latest-total")).toHaveText("60 out of 100");
    await expect(repPage.getByTestId("flags")).toHaveCount(0);
    await repContext.close();
  });
});

test.describe("API tokens page", () => {
  test("a user creates a token, sees it once, and revokes it", async ({ page, request }) => {
    const rep = await newRep();
    await new SignInPage(page).signInAs(rep);
    await page.getByRole("link", { name: "API tokens" }).click();
    await page.getByLabel("Token name").fill("My bookmarklet");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent()) ?? "";
    expect(token).toMatch(/^ssib_/);
    await expect(page.getByRole("row", { name: /My bookmarklet/ })).toContainText("Never");
    await expectAccessible(page);
    expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await page.getByRole("button", { name: "Revoke My bookmarklet" }).click();
    await expect(page.getByText("You have no API tokens.")).toBeVisible();
    expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  });
});
