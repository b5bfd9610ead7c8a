import { buildBoard, type BoardKind, type BoardRow } from "../leaderboard/board";
import type { Month } from "../month";
import { incentivesOf, type IncentiveStandings } from "../incentives/standings";

/** What a wall screen may show: names, ranks, SSI and progress, nothing else. */
export interface WallEntry {
  rank: number | null;
  name: string;
  total: string;
  progress: string | null;
}

/** A challenge running this month, and the names of the team's reps who have achieved it. */
export interface WallChallenge {
  id: string;
  title: string;
  achievedBy: string[];
}

export interface WallData {
  team: string;
  month: Month;
  score: WallEntry[];
  improvement: WallEntry[];
  challenges: WallChallenge[];
}

export function wallData(team: string, month: Month, rows: readonly BoardRow[], incentives: IncentiveStandings): WallData {
  const strip = (kind: BoardKind) =>
    buildBoard(rows, month, kind).map((e) => ({ rank: e.rank, name: e.name, total: e.total, progress: e.progress }));
  const challenges = incentives.challenges.map((c) => ({
    id: c.id,
    title: c.title,
    achievedBy: rows
      .filter((r) => incentivesOf(incentives, r.userId).goals.some((g) => g.challengeId === c.id && g.status === "achieved"))
      .map((r) => r.name)
      .sort(),
  }));
  return { team, month, score: strip("score"), improvement: strip("improvement"), challenges };
}

/** The names that reached a challenge between two refreshes of the wall, by challenge title. */
export function newlyAchieved(before: WallData, after: WallData): { title: string; names: string[] }[] {
  return after.challenges.flatMap((c) => {
    const earlier = new Set(before.challenges.find((b) => b.id === c.id)?.achievedBy ?? []);
    const names = c.achievedBy.filter((name) => !earlier.has(name));
    return names.length > 0 ? [{ title: c.title, names }] : [];
  });
}
