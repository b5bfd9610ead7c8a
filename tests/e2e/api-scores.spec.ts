import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { readFileSync } from "node:fs";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths } from "../../platform/time/month";
import {
  auditCount,
  closeMonth,
  createApiToken,
  createTeam,
  createTeamWithManager,
  createUser,
  revokeApiToken,
  scoreCount,
  storedScore,
} from "../factories";

const month = thisMonth();
const pillars = { brand: 20.973, people: 6.38, insights: 10.25, relationships: 15 };

/** A new rep in a new team. */
async function newRep() {
  return createUser({ teamId: (await createTeam()).id });
}

function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

async function post(request: APIRequestContext, token: string, body: unknown, headers: Record<string, string> = {}) {
  return request.post("/api/v1/scores", { headers: { ...bearer(token), ...headers }, data: body as object });
}

test.describe("scores API", () => {
  test("creates (201) then replaces (200) an entry, returning the stored values", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const created = await post(request, token, { month, ...pillars, total: 53, industryRankPct: 12 });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ userId: rep.id, month, total: 53, brand: 20.973, people: 6.38, industryRankPct: 12, source: "API" });
    const replaced = await post(request, token, { month, ...pillars, brand: 21.973, total: 54 });
    expect(replaced.status()).toBe(200);
    expect(await replaced.json()).toMatchObject({ total: 54, brand: 21.973, industryRankPct: null });
    expect(await scoreCount(rep.id)).toBe(1);
    expect(await auditCount(rep.id)).toBe(2);
  });

  test("computes a missing total and lists the history oldest first", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const previous = addMonths(month, -1);
    expect((await post(request, token, { month: previous, ...pillars })).status()).toBe(201);
    expect((await post(request, token, { month, brand: "21,5", people: 7, insights: 11, relationships: 15 })).status()).toBe(201);
    const history = await request.get(`/api/v1/users/${rep.id}/scores?from=${addMonths(month, -2)}&to=${month}`, { headers: bearer(token) });
    expect(history.status()).toBe(200);
    const body = await history.json();
    expect(body.scores.map((s: { month: string; total: number }) => [s.month, s.total])).toEqual([[previous, 53], [month, 55]]);
  });

  test("answers 400 with a message per field, in the caller's language, and stores nothing", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const response = await post(request, token, { month: "2026-13", brand: 26, people: "abc", insights: 10, relationships: 15 }, { "Accept-Language": "fr-FR" });
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid");
    expect(error.fields).toEqual({
      month: "Choisissez un mois.",
      brand: "Un pilier est compris entre 0 et 25.",
      people: "Saisissez un nombre, par exemple 13,12 ou 13.12.",
    });
    const mismatch = await post(request, token, { month, ...pillars, total: 60 });
    expect((await mismatch.json()).error.fields.total).toContain("52.603");
    const future = await post(request, token, { month: addMonths(month, 1), ...pillars });
    expect((await future.json()).error.fields.month).toBe("This month has not started yet.");
    expect(await scoreCount(rep.id)).toBe(0);
  });

  test("answers 400 to malformed JSON and to a body that is not an object, never 500", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const malformed = await request.post("/api/v1/scores", {
      headers: { ...bearer(token), "Content-Type": "application/json" },
      data: Buffer.from("{ not json"),
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid-json");
    const array = await post(request, token, [1, 2]);
    expect(array.status()).toBe(400);
    expect((await array.json()).error.code).toBe("not-an-object");
  });

  test("answers 401 without credentials, with a bad token and with a revoked token", async ({ request }) => {
    const rep = await newRep();
    const { id, token } = await createApiToken(rep.id);
    expect((await request.get("/api/v1/me")).status()).toBe(401);
    expect((await request.get("/api/v1/me", { headers: bearer("ssib_nope") })).status()).toBe(401);
    expect((await request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(200);
    await revokeApiToken(id);
    const revoked = await request.get("/api/v1/me", { headers: bearer(token) });
    expect(revoked.status()).toBe(401);
    expect((await revoked.json()).error.code).toBe("unauthorized");
    expect((await post(request, token, { month, ...pillars })).status()).toBe(401);
  });

  test("answers 403 to a rep sending another rep's userId, and stores nothing", async ({ request }) => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    const other = await createUser({ teamId: team.id });
    const { token } = await createApiToken(rep.id);
    const response = await post(request, token, { month, ...pillars, userId: other.id });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
    expect(await scoreCount(other.id)).toBe(0);
    expect(await scoreCount(rep.id)).toBe(0);
    expect((await request.get(`/api/v1/users/${other.id}/scores`, { headers: bearer(token) })).status()).toBe(403);
  });

  test("lets a manager enter a score for their rep but not for another team's", async ({ request }) => {
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id });
    const outsider = await newRep();
    const { token } = await createApiToken(manager.id);
    const ok = await post(request, token, { month, ...pillars, userId: rep.id });
    expect(ok.status()).toBe(201);
    expect((await ok.json()).enteredBy.name).toBe(manager.name);
    expect((await post(request, token, { month, ...pillars, userId: outsider.id })).status()).toBe(403);
    expect(await scoreCount(outsider.id)).toBe(0);
  });

  test("answers 404 for an unknown user to an admin, 403 to others, who cannot probe which ids exist", async ({ request }) => {
    const { token } = await createApiToken((await createUser({ role: "ADMIN" })).id);
    expect((await post(request, token, { month, ...pillars, userId: "no-such-user" })).status()).toBe(404);
    expect((await request.get("/api/v1/users/no-such-user/scores", { headers: bearer(token) })).status()).toBe(404);
    const manager = await createApiToken((await createTeamWithManager()).manager.id);
    expect((await post(request, manager.token, { month, ...pillars, userId: "no-such-user" })).status()).toBe(403);
    expect((await request.get("/api/v1/users/no-such-user/scores", { headers: bearer(manager.token) })).status()).toBe(403);
  });

  test("answers 409 for a closed month and stores nothing", async ({ request }) => {
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id });
    // A manager, as a rep may log only this month and the last.
    const { token } = await createApiToken(manager.id);
    const closed = addMonths(month, -30);
    await closeMonth(closed);
    const response = await post(request, token, { month: closed, ...pillars, userId: rep.id });
    expect(response.status()).toBe(409);
    expect((await response.json()).error.code).toBe("month-closed");
    expect(await storedScore(rep.id, closed)).toBeNull();
  });

  test("answers 413 to a body that is too large", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const response = await post(request, token, { month, ...pillars, padding: "x".repeat(70 * 1024) });
    expect(response.status()).toBe(413);
  });

  test("refuses a cookie-authenticated request from another site's page (403)", async ({ page }) => {
    const rep = await newRep();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(rep.email);
    await page.getByLabel("Password").fill(rep.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Your SSI" })).toBeVisible();
    const request = page.request;
    expect((await request.get("/api/v1/me")).status()).toBe(200);
    const foreign = await request.post("/api/v1/scores", { headers: { Origin: "https://evil.example" }, data: { month, ...pillars } });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).error.code).toBe("cross-site");
  });

  test("/me describes the token's owner", async ({ request }) => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    const { token } = await createApiToken(rep.id);
    expect(await (await request.get("/api/v1/me", { headers: bearer(token) })).json()).toEqual({
      id: rep.id,
      name: rep.name,
      email: rep.email,
      role: "REP",
      team: { id: team.id, name: team.name },
    });
  });

  test("the parse endpoint reads a page and stores nothing, or answers 422", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const text = readFileSync("features/scores/paste/fixtures/en-lines.txt", "utf8");
    const read = await request.post("/api/v1/scores/parse", { headers: bearer(token), data: { text } });
    expect(read.status()).toBe(200);
    expect(await read.json()).toEqual({
      month: "2026-11", total: 53, brand: 20.97, people: 6.38, insights: 10.25, relationships: 15,
      industryRankPct: 85, networkRankPct: 12, industryAvg: 23, networkAvg: 30,
    });
    const refused = await request.post("/api/v1/scores/parse", { headers: bearer(token), data: { text: "hello" } });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error.code).toBe("paste-no-pillars");
    expect(await scoreCount(rep.id)).toBe(0);
  });

  test("the parse endpoint reads LinkedIn's figure-above-label header right, and leaves a rank the page contradicts empty, saying why", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const parse = (name: string, language = "en") =>
      request.post("/api/v1/scores/parse", { headers: { ...bearer(token), "accept-language": language }, data: { text: readFileSync(`features/scores/paste/fixtures/${name}`, "utf8") } });
    const header = await parse("en-ranks-figure-first.txt");
    expect(await header.json()).toMatchObject({ industryRankPct: 75, networkRankPct: 81 });
    const contradicted = await parse("en-ranks-contradicted.txt", "fr");
    expect(contradicted.status()).toBe(200);
    const json = await contradicted.json();
    expect(json.industryRankPct).toBeNull();
    expect(json).toMatchObject({ networkRankPct: 81, refused: { industryRankPct: { reason: "contradicted", values: [75, 70] } } });
    expect(json.refused.industryRankPct.message).toMatch(/75.*70/);
    expect(await scoreCount(rep.id)).toBe(0);
  });

  test("50 concurrent submissions for one month end as one entry, all audited", async ({ request }) => {
    const rep = await newRep();
    const { token } = await createApiToken(rep.id);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post(request, token, { month, ...pillars, brand: 20 + i / 100, total: "" })),
    );
    const statuses = responses.map((r) => r.status());
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect(await scoreCount(rep.id)).toBe(1);
    expect(await auditCount(rep.id)).toBe(50);
  });
});
