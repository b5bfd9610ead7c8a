import { apiRoute } from "@/lib/api/http";
import { boardRequest, csvResponse } from "@/lib/leaderboard/board-request";
import { boardExport } from "@/lib/leaderboard/exports";

/** GET /api/exports/board?team=&month=&board=: the board as CSV. */
export const GET = apiRoute(async (request) => {
  const { csv, filename } = await boardExport(await boardRequest(request, { strictBoard: false }));
  return csvResponse(csv, filename);
});
