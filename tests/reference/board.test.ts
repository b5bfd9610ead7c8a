import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, type Month } from "@/platform/time/month";
import { milliToText, signedMilli, toMilli } from "@/platform/numbers/decimal";
import { streak, type BoardRow } from "@/features/board/entries";
import { buildBoard, notLogged } from "./board";

const MONTH: Month = "2026-11";
const entry = (total: number) => ({ total: String(total), brand: "10", people: "10", insights: "10", relationships: String(total - 30) });

function row(userId: string, name: string, total: number | null, previous: number | null = null): BoardRow {
  return {
    userId,
    name,
    team: { id: "t", name: "Team" },
    current: total === null ? null : entry(total),
    previous: previous === null ? null : entry(previous),
    recent: [
      ...(previous === null ? [] : [{ month: addMonths(MONTH, -1), total: String(previous) }]),
      ...(total === null ? [] : [{ month: MONTH, total: String(total) }]),
    ],
  };
}

describe("score board", () => {
  it("ranks by SSI with ties 1, 2, 2, 4, ordered by name within a tie", () => {
    const board = buildBoard([row("d", "Dan", 40), row("c", "Cleo", 50), row("a", "Ana", 60), row("b", "Bea", 50)], MONTH, "score");
    expect(board.map((e) => [e.rank, e.name])).toEqual([[1, "Ana"], [2, "Bea"], [2, "Cleo"], [4, "Dan"]]);
  });

  it("gives progress only against the previous calendar month ('new' otherwise)", () => {
    const older: BoardRow = { ...row("o", "Olga", 50), recent: [{ month: "2026-09", total: "30" }, { month: MONTH, total: "50" }] };
    const board = buildBoard([row("p", "Pia", 50, 44), older], MONTH, "score");
    expect(board.find((e) => e.name === "Pia")).toMatchObject({ previousTotal: "44", progress: "6" });
    expect(board.find((e) => e.name === "Olga")).toMatchObject({ previousTotal: null, progress: null });
  });

  it("leaves out reps who have not logged the month, and lists them as not logged", () => {
    const rows = [row("a", "Zoe", null), row("b", "Bea", 50), row("c", "Abel", null)];
    expect(buildBoard(rows, MONTH, "score").map((e) => e.name)).toEqual(["Bea"]);
    expect(notLogged(rows)).toEqual([{ userId: "c", name: "Abel" }, { userId: "a", name: "Zoe" }]);
  });
});

describe("most improved board", () => {
  it("ranks by progress, ties shared, reps without progress listed after and unranked", () => {
    const rows = [row("a", "Ana", 50, 40), row("b", "Bea", 45, 35), row("c", "Cy", 60, 62), row("n", "Nina", 70), row("m", "Max", 35)];
    const board = buildBoard(rows, MONTH, "improvement");
    expect(board.map((e) => [e.rank, e.name, e.progress])).toEqual([
      [1, "Ana", "10"], [1, "Bea", "10"], [3, "Cy", "-2"], [null, "Max", null], [null, "Nina", null],
    ]);
  });
});

describe("streak", () => {
  it("counts consecutive rising months up to this one", () => {
    const recent = [
      { month: "2026-07", total: "50" }, { month: "2026-08", total: "40" }, { month: "2026-09", total: "41" },
      { month: "2026-10", total: "45" }, { month: "2026-11", total: "46" },
    ] as const;
    expect(streak(recent, MONTH)).toBe(3);
  });

  it("is broken by a missing month, a flat month and a fall", () => {
    expect(streak([{ month: "2026-09", total: "40" }, { month: "2026-11", total: "50" }], MONTH)).toBe(0);
    expect(streak([{ month: "2026-10", total: "50" }, { month: "2026-11", total: "50" }], MONTH)).toBe(0);
    expect(streak([{ month: "2026-10", total: "51" }, { month: "2026-11", total: "50" }], MONTH)).toBe(0);
    expect(streak([], MONTH)).toBe(0);
  });
});

const rowsArbitrary = fc.uniqueArray(
  fc.record({
    userId: fc.uuid(),
    name: fc.constantFrom("Ana", "Bea", "Cy", "Dan", "Eve"),
    total: fc.option(fc.integer({ min: 30, max: 100 }), { nil: null }),
    previous: fc.option(fc.integer({ min: 30, max: 100 }), { nil: null }),
  }),
  { selector: (r) => r.userId, maxLength: 25 },
).map((rs) => rs.map((r) => row(r.userId, r.name, r.total, r.previous)));

describe("board invariants", () => {
  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.constantFrom("score", "improvement" as const), (rows, kind) => {
        const reversed = [...rows].reverse();
        expect(buildBoard(reversed, MONTH, kind)).toEqual(buildBoard(rows, MONTH, kind));
        expect(notLogged(reversed)).toEqual(notLogged(rows));
      }),
    );
  });

  it("gives 1-based, non-decreasing ranks, equal totals tied", () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const board = buildBoard(rows, MONTH, "score");
        board.forEach((e, i) => {
          const prev = board[i - 1];
          expect(e.rank).toBeGreaterThanOrEqual(1);
          if (!prev) return expect(e.rank).toBe(1);
          expect(e.rank ?? 0).toBeGreaterThanOrEqual(prev.rank ?? 0);
          expect(e.rank === prev.rank).toBe(e.total === prev.total);
        });
      }),
    );
  });

  it("makes progress exactly this month minus last month", () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        for (const e of buildBoard(rows, MONTH, "improvement")) {
          if (e.previousTotal === null) expect(e.progress).toBeNull();
          else expect(e.progress).toBe(milliToText(toMilli(e.total) - toMilli(e.previousTotal)));
          if (e.progress !== null) expect(signedMilli(e.progress)).toBe(toMilli(e.total) - toMilli(e.previousTotal ?? "0"));
        }
      }),
    );
  });
});
