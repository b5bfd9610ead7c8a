import "server-only";
import { versioned } from "@/platform/db/version";
import { companyMonth } from "@/features/settings";
import type { Month } from "@/platform/time/month";
import type { BoardKind } from "./entries";
import { notLoggedReps } from "./ranking-data";
import { visibleBoard } from "./visible-board";
import { wallData, type WallData } from "./wall-screen";
import { teamForWallToken } from "./wall-links-data";

/** The most reps a wall shows on each board (a team; the screen scrolls none). */
const WALL_ROWS = 500;

/**
 * The wall screen's data for a link, or null when the link does
 * not work. The link is checked at every poll; the data is computed once per
 * change of the data (platform/db/version.ts) and served to every TV showing
 * that team: fifty TVs polling every minute cost fifty link checks.
 */
async function cachedWall(token: string): Promise<{ data: WallData; json: string } | null> {
  // Real links are 43 characters; anything far longer is not worth a lookup.
  if (token.length > 100) return null;
  const team = await teamForWallToken(token);
  if (!team) return null;
  const month = await companyMonth();
  return versioned(`wall:${team.id}:${team.name}:${month}`, "people+scores", async () => {
    const data = await wallOf(team, month);
    return { data, json: JSON.stringify(data) };
  });
}

/** The wall's data, for its page's first render. */
export async function loadWall(token: string): Promise<WallData | null> {
  return (await cachedWall(token))?.data ?? null;
}

/** The wall's data as the TV polls it (JSON text). */
export async function loadWallJson(token: string): Promise<string | null> {
  return (await cachedWall(token))?.json ?? null;
}

async function wallOf(team: { id: string; name: string }, month: Month): Promise<WallData> {
  const subject = { scope: { kind: "team", teamId: team.id } as const, team };
  const board = (kind: BoardKind) => visibleBoard({ kind: "wall" }, subject, month, kind, { limit: WALL_ROWS, offset: 0 }, { withNotLogged: false });
  const [score, improvement, missing] = await Promise.all([board("score"), board("improvement"), notLoggedReps(month, team.id, WALL_ROWS)]);
  return wallData(team.name, month, { score: score.entries, improvement: improvement.entries }, [...score.entries, ...missing.reps], {
    scores: score.sight.scores,
    standings: score.standings,
  });
}
