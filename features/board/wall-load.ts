import "server-only";
import { loadStandings } from "@/features/incentives";
import { rankedEntries, type BoardKind } from "./board";
import { boardPage, notLoggedReps } from "./board-data";
import { companyMonth, getSettings, wallShowsScores } from "@/features/settings";
import { wallData, type WallData } from "./wall-board";
import { teamForWallToken } from "./wall-data";

/** The most reps a wall shows on each board (a team; the screen scrolls none). */
const WALL_ROWS = 500;

/** The wall screen's data for a link, or null when the link does not work. */
export async function loadWall(token: string): Promise<WallData | null> {
  // Real links are 43 characters; anything far longer is not worth a lookup.
  if (token.length > 100) return null;
  const team = await teamForWallToken(token);
  if (!team) return null;
  const settings = await getSettings();
  const month = await companyMonth();
  const board = async (kind: BoardKind) => rankedEntries(await boardPage(month, team.id, kind, { limit: WALL_ROWS, offset: 0 }), month);
  const [score, improvement, missing, incentives] = await Promise.all([
    board("score"),
    board("improvement"),
    notLoggedReps(month, team.id, WALL_ROWS),
    wallShowsScores(settings) ? loadStandings(month, [team.id]) : null,
  ]);
  return wallData(team.name, month, { score, improvement }, [...score, ...missing.reps], incentives);
}
