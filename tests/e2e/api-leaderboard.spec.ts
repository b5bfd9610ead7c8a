import { expect, test } from "./support/test";
import { knownBoard } from "./support/board-fixture";
import { createApiToken, createTeam, createUser } from "../factories";

test.describe("leaderboard API", () => {
  test("ranks with ties, gives progress, 'new', streak and the not-logged list", async ({ request }) => {
    const fixture = await knownBoard();
    const { token } = await createApiToken(fixture.manager.id);
    const response = await request.get(`/api/v1/leaderboard?month=${fixture.month}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ month: fixture.month, team: { id: fixture.teamId, name: fixture.teamName }, board: "score" });
    expect(body.entries.map((e: { rank: number; name: string; total: number; previousTotal: number | null; progress: number | null; streak: number }) =>
      [e.rank, e.name, e.total, e.previousTotal, e.progress, e.streak])).toEqual([
      [1, "Ana", 60, 50, 10, 1],
      [2, "Bea", 50, 48, 2, 1],
      [2, "Cy", 50, null, null, 0],
      [4, "Dan", 40, 45, -5, 0],
    ]);
    expect(body.entries[0]).toMatchObject({ pillars: { brand: 15, people: 15, insights: 15, relationships: 15 }, flags: [], goals: [] });
    expect(body.notLogged).toEqual([{ userId: fixture.reps.eve.id, name: "Eve" }]);
  });

  test("the most improved board ranks by progress and lists reps without one last", async ({ request }) => {
    const fixture = await knownBoard();
    const { token } = await createApiToken(fixture.manager.id);
    const body = await (await request.get(`/api/v1/leaderboard?month=${fixture.month}&team=${fixture.teamId}&board=improvement`, {
      headers: { Authorization: `Bearer ${token}` },
    })).json();
    expect(body.entries.map((e: { rank: number | null; name: string }) => [e.rank, e.name])).toEqual([[1, "Ana"], [2, "Bea"], [3, "Dan"], [null, "Cy"]]);
  });

  test("gives the board in pages: by cursor, around the rep asking, and refuses an unreadable page", async ({ request }) => {
    const fixture = await knownBoard();
    const manager = { Authorization: `Bearer ${(await createApiToken(fixture.manager.id)).token}` };
    const board = (query: string, headers: Record<string, string> = manager) =>
      request.get(`/api/v1/leaderboard?month=${fixture.month}&team=${fixture.teamId}&${query}`, { headers });

    const whole = await (await board("limit=500")).json();
    expect(whole).toMatchObject({ nextCursor: null, notLoggedCount: 1 });
    const paged: { rank: number; name: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body = await (await board(`limit=1${cursor ? `&cursor=${cursor}` : ""}`)).json();
      // Who has not logged comes with the first page only.
      expect("notLogged" in body).toBe(pages === 0);
      paged.push(...body.entries);
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(paged.map((e) => [e.rank, e.name])).toEqual([[1, "Ana"], [2, "Bea"], [2, "Cy"], [4, "Dan"]]);
    expect(pages).toBe(4);

    // Bea (rank 2) asks for three rows around her: she is in the middle.
    const bea = { Authorization: `Bearer ${(await createApiToken(fixture.reps.bea.id)).token}` };
    const around = await (await board("limit=3&around=me", bea)).json();
    expect(around.entries.map((e: { name: string }) => e.name)).toEqual(["Ana", "Bea", "Cy"]);
    // Eve has not logged: the top of the board.
    const eve = { Authorization: `Bearer ${(await createApiToken(fixture.reps.eve.id)).token}` };
    expect((await (await board("limit=2&around=me", eve)).json()).entries.map((e: { name: string }) => e.name)).toEqual(["Ana", "Bea"]);

    const french = { ...manager, "Accept-Language": "fr-FR" };
    for (const [query, field, message] of [
      ["limit=0", "limit", "limit est un nombre entier de 1 à 500."],
      ["limit=501", "limit", "limit est un nombre entier de 1 à 500."],
      ["limit=2.5", "limit", "limit est un nombre entier de 1 à 500."],
      ["cursor=not-a-cursor", "cursor", "Ce lien de page n’est pas valide : repartez de la première page."],
      ["around=you", "around", "around vaut me."],
      ["around=me&cursor=eyJrZXkiOm51bGx9", "around", "Donnez cursor ou around, pas les deux."],
    ] as const) {
      const response = await board(query, french);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error.fields[field], query).toBe(message);
    }
  });

  test("answers 400 to a month that is not YYYY-MM and to an unknown board", async ({ request }) => {
    const fixture = await knownBoard();
    const { token } = await createApiToken(fixture.manager.id);
    const headers = { Authorization: `Bearer ${token}` };
    for (const query of ["month=2026-13", "month=11-2026", "month=2026-1", "board=best"]) {
      const response = await request.get(`/api/v1/leaderboard?${query}`, { headers });
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error.code).toBe("invalid");
    }
  });

  test("answers 403 to a rep asking for another team's board, and to a manager asking for the company", async ({ request }) => {
    const fixture = await knownBoard();
    const outsider = await createUser({ teamId: (await createTeam()).id });
    const repToken = (await createApiToken(outsider.id)).token;
    const response = await request.get(`/api/v1/leaderboard?team=${fixture.teamId}`, { headers: { Authorization: `Bearer ${repToken}` } });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
    const managerToken = (await createApiToken(fixture.manager.id)).token;
    expect((await request.get("/api/v1/leaderboard?team=all", { headers: { Authorization: `Bearer ${managerToken}` } })).status()).toBe(403);
  });

  test("gives an admin the whole company by default", async ({ request }) => {
    const fixture = await knownBoard();
    const { token } = await createApiToken((await createUser({ role: "ADMIN" })).id);
    const body = await (await request.get(`/api/v1/leaderboard?month=${fixture.month}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    expect(body.team).toBeNull();
    expect(body.entries.some((e: { name: string; team: { name: string } }) => e.name === "Ana" && e.team.name === fixture.teamName)).toBe(true);
    const ranks = body.entries.map((e: { rank: number }) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
  });
});
