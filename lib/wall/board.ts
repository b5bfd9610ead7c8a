import { buildBoard, type BoardKind, type BoardRow } from "../leaderboard/board";
import type { Month } from "../month";

/** What a wall screen may show: names, ranks, SSI and progress, nothing else. */
export interface WallEntry {
  rank: number | null;
  name: string;
  total: string;
  progress: string | null;
}

export interface WallData {
  team: string;
  month: Month;
  score: WallEntry[];
  improvement: WallEntry[];
}

export function wallData(team: string, month: Month, rows: readonly BoardRow[]): WallData {
  const strip = (kind: BoardKind) =>
    buildBoard(rows, month, kind).map((e) => ({ rank: e.rank, name: e.name, total: e.total, progress: e.progress }));
  return { team, month, score: strip("score"), improvement: strip("improvement") };
}
