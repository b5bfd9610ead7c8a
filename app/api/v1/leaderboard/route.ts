import { NextResponse } from "next/server";
import { ApiError, apiRoute } from "@/platform/http/http";
import { boardRequest, requestedWindow } from "@/features/board/board-request";
import { sealCursor } from "@/features/board/board-cursor";
import { loadBoard } from "@/features/board/load";
import { optionalNumber } from "@/platform/numbers/decimal";
import { pillarsJson } from "@/features/scores/serialize";
import { goalJson } from "@/features/incentives/serialize";
import { incentivesOf, type IncentiveStandings } from "@/features/incentives/standings";

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
  const asked = await boardRequest(request, { strictBoard: true });
  const { window, firstPage, binding } = await requestedWindow(request, asked);
  const board = await loadBoard(asked.user, asked.scope, asked.month, asked.kind, window, { withNotLogged: firstPage });
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
    // Sealed and bound to this board, month and viewer class: it tells nothing of the row it ends on.
    nextCursor: board.next && sealCursor(board.next, binding),
    // With the first page only: the first NOT_LOGGED_NAMED names, and how many.
    ...(firstPage ? { notLogged: board.notLogged, notLoggedCount: board.notLoggedCount } : {}),
  });
});
