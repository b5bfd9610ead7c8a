import { describe, expect, it } from "vitest";
import type { BoardRow } from "../leaderboard/board";
import { wallData } from "./board";

const scores = (total: number) => ({ total: String(total), brand: "12", people: "11", insights: "10", relationships: String(total - 33) });

function row(userId: string, name: string, total: number | null, previous: number | null): BoardRow {
  return {
    userId,
    name,
    team: { id: "t", name: "North" },
    current: total === null ? null : scores(total),
    previous: previous === null ? null : scores(previous),
    recent: [],
  };
}

describe("wallData", () => {
  const rows = [row("a", "Ana", 60, 50), row("b", "Bea", 65, 64), row("c", "Cy", 50, null), row("e", "Eve", null, 40)];

  it("gives both boards with names, ranks, SSI and progress only", () => {
    const wall = wallData("North", "2026-11", rows);
    expect(wall).toEqual({
      team: "North",
      month: "2026-11",
      score: [
        { rank: 1, name: "Bea", total: "65", progress: "1" },
        { rank: 2, name: "Ana", total: "60", progress: "10" },
        { rank: 3, name: "Cy", total: "50", progress: null },
      ],
      improvement: [
        { rank: 1, name: "Ana", total: "60", progress: "10" },
        { rank: 2, name: "Bea", total: "65", progress: "1" },
        { rank: null, name: "Cy", total: "50", progress: null },
      ],
    });
  });

  it("never lets ids, teams, pillars, streaks or flags reach the screen", () => {
    for (const entry of [...wallData("North", "2026-11", rows).score, ...wallData("North", "2026-11", rows).improvement]) {
      expect(Object.keys(entry).sort()).toEqual(["name", "progress", "rank", "total"]);
    }
  });
});
