import "server-only";
import { thisMonth } from "../calendar";
import { loadStandings } from "../incentives/load";
import { boardRows } from "../leaderboard/data";
import { wallData, type WallData } from "./board";
import { teamForWallToken } from "./data";

/** The wall screen's data for a link, or null when the link does not work. */
export async function loadWall(token: string): Promise<WallData | null> {
  // Real links are 43 characters; anything far longer is not worth a lookup.
  if (token.length > 100) return null;
  const team = await teamForWallToken(token);
  if (!team) return null;
  const month = thisMonth();
  const [rows, incentives] = await Promise.all([boardRows(month, team.id), loadStandings(month, [team.id])]);
  return wallData(team.name, month, rows, incentives);
}
