// PostgreSQL ranks and pages the boards (features/board/ranking-data.ts); buildBoard
// (features/board/entries.ts) states the same rules over a whole board. Random
// boards, cut into random pages by cursor and by position, must read exactly
// as the rules say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BoardKind, BoardRow } from "../../features/board/entries";
import { buildBoard, notLogged } from "../reference/board";
import { rankInTeam } from "../../features/scores/data";
import { boardPage, boardSize, notLoggedReps, positionOf, type BoardCursor, type RankedRow } from "../../features/board/ranking-data";
import { addMonths, monthToDate, type Month } from "../../platform/time/month";
import { createTeam, testDb } from "../factories";

// Names that tie, differ only in case or accents, and sort differently by bytes.
const NAMES = ["Ana", "ana", "Åsa", "Bea", "bea", "Émile", "Eve", "Zoé", "O'Neil", "van Dijk", "Ølaf", "Anne-Marie"];
// Totals that tie often, with decimals.
const TOTAL = fc.constantFrom(40, 40.5, 52, 52, 60, 60.25, 61, 75.125, 75.125, 90);

const repArb = fc.record({
  name: fc.constantFrom(...NAMES),
  inTeam: fc.boolean(),
  active: fc.boolean(),
  // Two months back, last month, this month (null: not logged).
  totals: fc.tuple(fc.option(TOTAL, { nil: null }), fc.option(TOTAL, { nil: null }), fc.option(TOTAL, { nil: null })),
});

type Rep = { name: string; inTeam: boolean; active: boolean; totals: [number | null, number | null, number | null] };

let run = 0;

async function seed(reps: Rep[], month: Month): Promise<{ teamId: string; rows: (BoardRow & { inTeam: boolean })[] }> {
  const team = await createTeam();
  const other = await createTeam();
  const rows: (BoardRow & { inTeam: boolean })[] = [];
  for (const rep of reps) {
    const user = await testDb().user.create({
      data: { email: `board-${crypto.randomUUID()}@test.example`, name: rep.name, role: "REP", teamId: rep.inTeam ? team.id : other.id, active: rep.active, passwordHash: "" },
      select: { id: true },
    });
    const months = [addMonths(month, -2), addMonths(month, -1), month];
    const entries = months.flatMap((m, i) => (rep.totals[i] === null ? [] : [{ month: m, total: String(rep.totals[i]) }]));
    for (const e of entries) {
      await testDb().scoreEntry.create({ data: { userId: user.id, month: monthToDate(e.month), total: e.total, brand: null, people: null, insights: null, relationships: null } });
    }
    if (!rep.active) continue;
    const value = (m: Month) => entries.find((e) => e.month === m);
    const asEntry = (e: { total: string } | undefined) => (e ? { total: e.total, brand: null, people: null, insights: null, relationships: null } : null);
    rows.push({
      userId: user.id,
      name: rep.name,
      team: null,
      current: asEntry(value(month)),
      previous: asEntry(value(addMonths(month, -1))),
      recent: entries,
      inTeam: rep.inTeam,
    });
  }
  return { teamId: team.id, rows };
}

const shape = (e: { rank: number | null; userId: string; total: string; progress: string | null; streak: number }) => [e.rank, e.userId, e.total, e.progress, e.streak];

describe("boards ranked and paged by PostgreSQL", () => {
  it("match the board's rules on random boards, whatever the pages", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(repArb, { minLength: 0, maxLength: 24 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom<BoardKind>("score", "improvement"), async (reps, limit, kind) => {
        const month: Month = `${2000 + run++}-06` as Month;
        const { teamId, rows } = await seed(reps, month);
        for (const scope of [teamId, null]) {
          const inScope = rows.filter((r) => scope === null || r.inTeam);
          const expected = buildBoard(inScope, month, kind);

          // Page by cursor.
          const byCursor: RankedRow[] = [];
          let after: BoardCursor | null = null;
          for (let guard = 0; guard < 50; guard++) {
            const page: RankedRow[] = await boardPage(month, scope, kind, { limit, after });
            byCursor.push(...page);
            if (page.length < limit) break;
            after = page.at(-1)?.cursor ?? null;
          }
          expect(byCursor.map((r) => [r.rank, r.userId])).toEqual(expected.map((e) => [e.rank, e.userId]));

          // Page by position.
          const byOffset: RankedRow[] = [];
          for (let offset = 0; offset < expected.length + limit; offset += limit) byOffset.push(...(await boardPage(month, scope, kind, { limit, offset })));
          expect(byOffset.map((r) => [r.rank, r.userId])).toEqual(expected.map((e) => [e.rank, e.userId]));

          // Totals, progress and the streak's inputs come back as stored.
          const full = await boardPage(month, scope, kind, { limit: 100, offset: 0 });
          const built = buildBoard(full, month, kind);
          expect(built.map(shape)).toEqual(expected.map(shape));

          expect(await boardSize(month, scope)).toBe(expected.length);
          for (const [index, e] of expected.entries()) expect(await positionOf(month, scope, kind, e.userId)).toBe(index);
          // The whole company's reps of other tests have not logged this month: counted for the team only.
          if (scope !== null) {
            // A rep's page says the same rank as their team's SSI board.
            if (kind === "score") for (const e of expected) expect(await rankInTeam(e.userId, month)).toEqual({ rank: e.rank, of: expected.length });
            const missing = inScope.filter((r) => r.current === null);
            expect(await notLoggedReps(month, scope, 100)).toEqual({ reps: notLogged(inScope), count: missing.length });
          }
        }
      }),
      { numRuns: 12 },
    );
  });

  it("rank a page that holds the leader, a lower progress and reps without one, as the rules say", async () => {
    // Fixed, beside the random boards: the case where unranked rows (no last
    // month) share a page with ranked ones below the first row.
    const month: Month = "1999-06";
    const reps: Rep[] = [
      { name: "Ana", inTeam: true, active: true, totals: [null, 40, 50] },
      { name: "Bea", inTeam: true, active: true, totals: [null, 40, 45] },
      { name: "Cy", inTeam: true, active: true, totals: [null, 40, 45] },
      { name: "Dan", inTeam: true, active: true, totals: [null, null, 60] },
      { name: "Eve", inTeam: true, active: true, totals: [null, 50, 48] },
    ];
    const { teamId, rows } = await seed(reps, month);
    const expected = buildBoard(rows, month, "improvement").map((e) => [e.rank, e.name]);
    expect(expected).toEqual([[1, "Ana"], [2, "Bea"], [2, "Cy"], [4, "Eve"], [null, "Dan"]]);
    for (const limit of [5, 3, 2]) {
      const pages: RankedRow[] = [];
      for (let offset = 0; offset < rows.length; offset += limit) pages.push(...(await boardPage(month, teamId, "improvement", { limit, offset })));
      expect(pages.map((r) => [r.rank, r.name]), `pages of ${limit}`).toEqual(expected);
    }
  });
});
