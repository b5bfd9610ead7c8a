import { describe, expect, it } from "vitest";
import type { BoardRow } from "./entries";
import { buildBoard } from "../../tests/reference/board";
import { masked } from "./mask";
import { challenge, clock, rep } from "@/features/incentives/rules-fixtures";
import { judgeIncentives } from "@/features/incentives/standings";
import { newlyAchieved, wallData as wallOf } from "./wall-screen";
import type { IncentiveStandings } from "@/features/incentives/standings";
import type { Month } from "@/platform/time/month";

// The boards as PostgreSQL ranks them (the reference states the rules), masked
// as the wall sees them: figures and incentives, or names and ranks only.
const wallData = (team: string, month: Month, rows: BoardRow[], incentives: IncentiveStandings | null) => {
  const sight = { scores: incentives !== null, flags: false, opensRep: () => false };
  const board = (kind: "score" | "improvement") => buildBoard(rows, month, kind).map((e) => masked(e, sight, incentives));
  return wallOf(team, month, { score: board("score"), improvement: board("improvement") }, rows, { scores: sight.scores, standings: incentives });
};

const none = judgeIncentives({ reps: [], challenges: [], tierSets: [], clock: clock("2026-11") });

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
    const wall = wallData("North", "2026-11", rows, none);
    expect(wall).toEqual({
      team: "North",
      showScores: true,
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
      challenges: [],
    });
  });

  it("never lets ids, teams, pillars, streaks or flags reach the screen", () => {
    for (const entry of [...wallData("North", "2026-11", rows, none).score, ...wallData("North", "2026-11", rows, none).improvement]) {
      expect(Object.keys(entry).sort()).toEqual(["name", "progress", "rank", "total"]);
    }
  });
});

describe("wall challenges", () => {
  it("lists who has achieved each running challenge, and who reached one since the last refresh", () => {
    const rows = [row("a", "Ana", 60, 50), row("b", "Bea", 65, 64)];
    const gain = challenge({ id: "restaurant", title: "Restaurant +10", kind: "gain", target: "10" });
    const reps = [rep("a", "t", { "2026-10": 50, "2026-11": 60 }), rep("b", "t", { "2026-10": 64, "2026-11": 65 })];
    const before = wallData("North", "2026-11", rows, judgeIncentives({ reps, challenges: [gain], tierSets: [], clock: clock("2026-11") }));
    expect(before.challenges).toEqual([{ id: "restaurant", title: "Restaurant +10", achievedBy: ["Ana"], leader: null }]);
    const bea = rep("b", "t", { "2026-10": 55, "2026-11": 65 });
    const after = wallData("North", "2026-11", rows, judgeIncentives({ reps: [reps[0] ?? bea, bea], challenges: [gain], tierSets: [], clock: clock("2026-11") }));
    expect(newlyAchieved(before, after)).toEqual([{ title: "Restaurant +10", names: ["Bea"] }]);
    expect(newlyAchieved(after, after)).toEqual([]);

    const race = challenge({ id: "race", title: "Biggest climber", kind: "race", winners: 1, target: null });
    const running = wallData("North", "2026-11", rows, judgeIncentives({ reps, challenges: [race], tierSets: [], clock: clock("2026-11") }));
    expect(running.challenges).toEqual([{ id: "race", title: "Biggest climber", achievedBy: [], leader: { name: "Ana", position: 1 } }]);
  });
});
