import type { BoardKind } from "./entries";
import type { VisibleEntry } from "./mask";
import type { Month } from "@/platform/time/month";
import { incentivesOf, ranksReps, type IncentiveStandings } from "@/features/incentives/client";

/** What a wall screen may show: names, ranks, SSI and progress, nothing else. */
export interface WallEntry {
  rank: number | null;
  name: string;
  /** null when the wall shows names and ranks only (company settings). */
  total: string | null;
  progress: string | null;
}

/** A challenge running this month, and the names of the team's reps who have achieved it. */
export interface WallChallenge {
  id: string;
  title: string;
  achievedBy: string[];
  /** Races still running: the team's best-placed rep, or null. */
  leader: { name: string; position: number } | null;
}

export interface WallData {
  team: string;
  /** false: names and ranks only, and no challenges (what someone reached gives a score away). */
  showScores: boolean;
  month: Month;
  score: WallEntry[];
  improvement: WallEntry[];
  challenges: WallChallenge[];
}

/**
 * What the team's wall shows of its two boards (ranked, and masked for the
 * wall: visible-board.ts) and of everyone on it (`rows`, logged or not).
 * `standings` is null when the wall sees no incentives.
 */
export function wallData(
  team: string,
  month: Month,
  boards: Record<BoardKind, readonly VisibleEntry[]>,
  rows: readonly { userId: string; name: string }[],
  seen: { scores: boolean; standings: IncentiveStandings | null },
): WallData {
  const strip = (kind: BoardKind) =>
    boards[kind].map((e) => ({ rank: e.rank, name: e.name, total: e.figures?.total ?? null, progress: e.figures?.progress ?? null }));
  const { standings } = seen;
  const goalOf = (userId: string, challengeId: string) => (standings ? incentivesOf(standings, userId).goals.find((g) => g.challengeId === challengeId) : undefined);
  const challenges = (standings?.challenges ?? []).map((c) => {
    const placed = rows
      .flatMap((r) => {
        const goal = goalOf(r.userId, c.id);
        return ranksReps(c.kind) && goal?.status === "in-progress" && goal.position !== undefined ? [{ name: r.name, position: goal.position }] : [];
      })
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    return {
      id: c.id,
      title: c.title,
      achievedBy: rows.filter((r) => goalOf(r.userId, c.id)?.status === "achieved").map((r) => r.name).sort(),
      leader: placed[0] ?? null,
    };
  });
  return { team, showScores: seen.scores, month, score: strip("score"), improvement: strip("improvement"), challenges };
}

/** The names that reached a challenge between two refreshes of the wall, by challenge title. */
export function newlyAchieved(before: WallData, after: WallData): { title: string; names: string[] }[] {
  return after.challenges.flatMap((c) => {
    const earlier = new Set(before.challenges.find((b) => b.id === c.id)?.achievedBy ?? []);
    const names = c.achievedBy.filter((name) => !earlier.has(name));
    return names.length > 0 ? [{ title: c.title, names }] : [];
  });
}
