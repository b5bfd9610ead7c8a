import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { apiRoute } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { readBoardRequest } from "@/features/board/api-request";
import { sealCursor } from "@/features/board/board-cursor";
import { boardApiQuery } from "@/features/board/queries";
import { optionalNumber } from "@/platform/numbers/decimal";
import { pillarsJson } from "@/features/scores/serialize";
import { goalJson } from "@/features/incentives/serialize";

/**
 * GET /api/v1/leaderboard?month=YYYY-MM&team=<id|all>&board=score|improvement
 * &limit=1..500&cursor=<nextCursor>|around=me. What the user may not see is
 * null (figures) or empty (flags, tier and goals): the board model holds it so.
 */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const asked = await readBoardRequest(request, user, { strictBoard: true });
  const { board, firstPage, binding } = await runQuery(user, boardApiQuery, { ...asked, params: new URL(request.url).searchParams });
  return NextResponse.json({
    month: board.month,
    team: board.team,
    board: board.kind,
    entries: board.entries.map(({ rank, userId, name, team, figures, flags, incentives }) => ({
      rank,
      userId,
      name,
      team,
      total: figures && Number(figures.total),
      pillars: figures && pillarsJson(figures.pillars),
      previousTotal: figures && optionalNumber(figures.previousTotal),
      progress: figures && optionalNumber(figures.progress),
      streak: figures && figures.streak,
      flags: flags ?? [],
      tier: incentives?.tier ? { name: incentives.tier.name, minTotal: Number(incentives.tier.minTotal) } : null,
      goals: incentives?.goals.map(goalJson) ?? [],
    })),
    // Sealed and bound to this board, month and viewer class: it tells nothing of the row it ends on.
    nextCursor: board.next && sealCursor(board.next, binding),
    // With the first page only: the first NOT_LOGGED_NAMED names, and how many.
    ...(firstPage ? { notLogged: board.notLogged, notLoggedCount: board.notLoggedCount } : {}),
  });
});
