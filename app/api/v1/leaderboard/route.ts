import { NextResponse } from "next/server";
import { ApiError, apiRoute } from "@/lib/api/http";
import { boardRequest } from "@/lib/leaderboard/board-request";
import { encodeCursor, parseBoardWindow } from "@/lib/leaderboard/board-window";
import { positionOf, type BoardWindow } from "@/lib/leaderboard/board-data";
import { loadBoard } from "@/lib/leaderboard/load";
import { optionalNumber } from "@/lib/ssi/decimal";
import { pillarsJson } from "@/lib/api/serialize";
import { goalJson } from "@/lib/incentives/serialize";
import { incentivesOf, type IncentiveStandings } from "@/lib/incentives/standings";

function incentivesJson(standings: IncentiveStandings | null, userId: string) {
  if (!standings) return { tier: null, goals: [] };
  const { tier, goals } = incentivesOf(standings, userId);
  return { tier: tier && { name: tier.name, minTotal: Number(tier.minTotal) }, goals: goals.map(goalJson) };
}

/**
 * GET /api/v1/leaderboard?month=YYYY-MM&team=<id|all>&board=score|improvement
 * &limit=1..500&cursor=<nextCursor>|around=me
 */
export const GET = apiRoute(async (request) => {
  const { user, scope, month, kind } = await boardRequest(request, { strictBoard: true });
  const parsed = parseBoardWindow(new URL(request.url).searchParams);
  if (!parsed.ok) throw new ApiError("invalid", parsed.fields);
  const { limit } = parsed.window;
  const teamId = scope.kind === "team" ? scope.teamId : null;
  let window: BoardWindow;
  if ("around" in parsed.window) {
    // The rep in the middle of the page; someone not on the board gets its top.
    const position = await positionOf(month, teamId, kind, user.id);
    window = { limit, offset: position === null ? 0 : Math.max(0, position - Math.floor(limit / 2)) };
  } else {
    window = { limit, after: parsed.window.cursor };
  }
  const firstPage = !("after" in window) || window.after === null;
  const board = await loadBoard(user, scope, month, kind, window, { withNotLogged: firstPage });
  if (!board) throw new ApiError("not-found");
  const shown = board.showScores;
  return NextResponse.json({
    month: board.month,
    team: board.team,
    board: board.kind,
    entries: board.entries.map((e) => ({
      rank: e.rank,
      userId: e.userId,
      name: e.name,
      team: e.team,
      total: shown ? Number(e.total) : null,
      pillars: shown ? pillarsJson(e.pillars) : null,
      previousTotal: shown ? optionalNumber(e.previousTotal) : null,
      progress: shown ? optionalNumber(e.progress) : null,
      streak: shown ? e.streak : null,
      flags: board.showFlags ? e.flags : [],
      ...incentivesJson(board.incentives, e.userId),
    })),
    nextCursor: board.next && encodeCursor(board.next),
    // With the first page only: the first NOT_LOGGED_NAMED names, and how many.
    ...(firstPage ? { notLogged: board.notLogged, notLoggedCount: board.notLoggedCount } : {}),
  });
});
