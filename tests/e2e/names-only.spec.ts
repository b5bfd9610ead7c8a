// "Reps see scores" off: a rep sees teammates' names and ranks, never their
// SSI. Everything the app gives that rep (every API answer, every page's
// HTML and React payload, the exports, the wall) is searched for every figure
// of the teammates' entries, and every cursor handed out is decoded; cursors
// written by hand, in the old format, or handed out for another board, month
// or viewer must be refused (400), so that no probe can find a score either.
// On an app and a database of its own: the setting is company-wide.
import { expect, test } from "./support/test";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { namesOnlyTeam, type NamesOnlyTeam } from "./support/names-only-team";
import { useTestDb } from "../factories";

test.describe.configure({ mode: "serial" });

let app: IsolatedApp | undefined;
let world: NamesOnlyTeam;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startIsolatedApp("namesonly");
  useTestDb(app.db);
  world = await namesOnlyTeam(app.base);
});

test.afterAll(async () => {
  useTestDb(undefined);
  await app?.stop();
});

const FORGED = { en: "This page link is not valid: start from the first page.", fr: "Ce lien de page n’est pas valide : repartez de la première page." };
const ELSEWHERE = {
  en: "This cursor was handed out for another board, month or viewer: start again from the first page.",
  fr: "Ce curseur a été donné pour un autre classement, un autre mois ou un autre lecteur : repartez de la première page.",
};

test.describe("names only", () => {
  test("nothing the API, the pages, the exports or the wall give a rep holds a teammate's figure", async () => {
    const { rep, secrets } = world;
    const read = await world.everythingFor(rep);
    expect(read.length).toBeGreaterThan(40);
    const leaks = read.flatMap(({ what, text }) => secrets.foundIn(text).map((secret) => `${what}: ${secret}`));
    expect(leaks).toEqual([]);
    // The board itself: names and ranks; every figure null, no tier, no goal.
    for (const entry of await world.boardEntries(rep)) {
      expect(entry, entry.name).toMatchObject({ total: null, pillars: null, previousTotal: null, progress: null, streak: null, tier: null, goals: [] });
    }
    // The exports and the others' history are refused outright.
    for (const { what, status } of read.filter((r) => r.what.includes("/api/exports/") || r.what.includes(`/users/${world.teammates.ana.id}`))) expect(status, what).toBe(403);
  });

  test("the same reading as the team's manager finds the figures: the search can fail", async () => {
    const found = (await world.everythingFor(world.manager)).flatMap(({ text }) => world.secrets.foundIn(text));
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining("Ana's total"), expect.stringContaining("team average")]));
  });

  test("every cursor handed out is sealed: no JSON, no figure, and its length follows the name, not the score", async () => {
    const cursors = await world.cursorsFor(world.rep);
    expect(cursors.length).toBeGreaterThanOrEqual(8);
    for (const { cursor, after, afterId } of cursors) {
      const bytes = Buffer.from(cursor, "base64url");
      expect(() => JSON.parse(bytes.toString("utf8")), after).toThrow();
      for (const decoding of [bytes.toString("utf8"), bytes.toString("latin1"), cursor]) {
        expect(world.secrets.foundIn(decoding), after).toEqual([]);
        // A cursor in clear must name the row it ends on: its id (25 characters) cannot appear by chance in
        // random bytes; a name of two or three letters can (the base64 text held "Cy" once), so names are
        // looked for in the decoded bytes only, from three letters (a chance of about 1 in 280,000 per cursor).
        expect(decoding, after).not.toContain(afterId);
        if (decoding !== cursor && after.length >= 3) expect(decoding, after).not.toContain(after);
      }
    }
    // Names of three letters and ids of one length, on rows whose SSI (61.375, 55.5, 47.75) or progress
    // (12.25, 2.75, 1.5, -3.125) are written with more or fewer characters: cursors of one length per board.
    for (const [board, count] of [["score", 3], ["improvement", 4]] as const) {
      const threeLetters = cursors.filter((c) => c.after.length === 3 && c.board === board);
      expect(threeLetters.map((c) => c.after).sort(), board).toHaveLength(count);
      expect(new Set(threeLetters.map((c) => c.cursor.length)).size, board).toBe(1);
    }
  });

  test("a cursor made by hand, in the old format or changed is a 400 in both languages", async () => {
    const { ana } = world.teammates;
    const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const real = (await world.cursorsFor(world.rep))[0]?.cursor ?? "";
    // Hand-made, binary-search style: whatever key is tried, the answer is the same refusal.
    const forged = [
      ...["36", "0", "61.375", "100", null].map((key) => base64({ key, name: "", id: "a" })),
      base64({ key: "61.375", name: "Ana", id: ana.id }),
      `${real.slice(0, 30)}${real[30] === "A" ? "B" : "A"}${real.slice(31)}`,
      real.slice(0, -4),
      "eyJ4IjoxfQ",
    ];
    for (const cursor of forged) {
      for (const language of ["en", "fr"] as const) {
        const answer = await world.board(world.rep, `limit=1&cursor=${cursor}`, language);
        expect(answer.status, cursor).toBe(400);
        expect((await answer.json()).error.fields.cursor, cursor).toBe(FORGED[language]);
      }
    }
  });

  test("a cursor handed out for another board, month or viewer is a 400 in both languages", async () => {
    const { rep, manager, admin, month, previous } = world;
    const first = async (caller: typeof rep, query: string) => {
      const cursor = (await (await world.board(caller, `limit=1&${query}`)).json()).nextCursor as string | null;
      expect(cursor, query).toBeTruthy();
      return cursor ?? "";
    };
    const team = `team=${world.team.id}&month=${month}`;
    const probes: [typeof rep, string, string][] = [
      [rep, `${team}&board=score`, await first(rep, `${team}&board=improvement`)],
      [rep, `${team}&board=score`, await first(rep, `team=${world.team.id}&month=${previous}&board=score`)],
      [rep, `${team}&board=score`, await first(manager, `${team}&board=score`)],
      [manager, `${team}&board=score`, await first(rep, `${team}&board=score`)],
      [admin, `${team}&board=score`, await first(admin, `team=all&month=${month}&board=score`)],
    ];
    for (const [caller, query, cursor] of probes) {
      for (const language of ["en", "fr"] as const) {
        const answer = await world.board(caller, `${query}&limit=1&cursor=${cursor}`, language);
        expect(answer.status, query).toBe(400);
        expect((await answer.json()).error.fields.cursor, query).toBe(ELSEWHERE[language]);
      }
    }
  });
});
