import "server-only";
import { loadStandings } from "../incentives/load";
import { boardRows } from "../leaderboard/data";
import { companyMonth, getSettings, wallShowsScores } from "../settings/data";
import { wallData, type WallData } from "./board";
import { teamForWallToken } from "./data";

/** The wall screen's data for a link, or null when the link does not work. */
export async function loadWall(token: string): Promise<WallData | null> {
  // Real links are 43 characters; anything far longer is not worth a lookup.
  if (token.length > 100) return null;
  const team = await teamForWallToken(token);
  if (!team) return null;
  const settings = await getSettings();
  const month = await companyMonth();
  const [rows, incentives] = await Promise.all([
    boardRows(month, team.id),
    wallShowsScores(settings) ? loadStandings(month, [team.id]) : null,
  ]);
  return wallData(team.name, month, rows, incentives);
}
