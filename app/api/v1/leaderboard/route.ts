import { apiUser } from "@/platform/http/api-user";
import { apiRoute } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { readBoardRequest } from "@/features/board/api-request";
import { boardApiQuery } from "@/features/board/queries";

/**
 * GET /api/v1/leaderboard?month=YYYY-MM&team=<id|all>&board=score|improvement
 * &limit=1..500&cursor=<nextCursor>|around=me. What the user may not see is
 * null (figures) or empty (flags, tier and goals): the board model holds it so.
 * The answer is JSON text kept per change of the data (features/board/api-body.ts).
 */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const asked = await readBoardRequest(request, user, { strictBoard: true });
  const body = await runQuery(user, boardApiQuery, { ...asked, params: new URL(request.url).searchParams });
  return new Response(body, { headers: { "Content-Type": "application/json" } });
});
