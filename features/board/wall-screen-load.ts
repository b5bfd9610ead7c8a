import "server-only";
import { companyMonth } from "@/features/settings";
import type { BoardKind } from "./entries";
import { notLoggedReps } from "./ranking-data";
import { visibleBoard } from "./visible-board";
import { wallData, type WallData } from "./wall-screen";
import { teamForWallToken } from "./wall-links-data";

/** The most reps a wall shows on each board (a team; the screen scrolls none). */
const WALL_ROWS = 500;

/** The wall screen's data for a link, or null when the link does not work. */
export async function loadWall(token: string): Promise<WallData | null> {
  // Real links are 43 characters; anything far longer is not worth a lookup.
  if (token.length > 100) return null;
  const team = await teamForWallToken(token);
  if (!team) return null;
  const month = await companyMonth();
  const subject = { scope: { kind: "team", teamId: team.id } as const, team };
  const board = (kind: BoardKind) => visibleBoard({ kind: "wall" }, subject, month, kind, { limit: WALL_ROWS, offset: 0 }, { withNotLogged: false });
  const [score, improvement, missing] = await Promise.all([board("score"), board("improvement"), notLoggedReps(month, team.id, WALL_ROWS)]);
  return wallData(team.name, month, { score: score.entries, improvement: improvement.entries }, [...score.entries, ...missing.reps], {
    scores: score.sight.scores,
    standings: score.standings,
  });
}
