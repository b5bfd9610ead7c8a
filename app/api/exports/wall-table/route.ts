import { downloadResponse } from "@/lib/api/download";
import { apiRoute, formatParam } from "@/lib/api/http";
import { boardRequest } from "@/lib/leaderboard/board-request";
import { wallTableExport } from "@/lib/leaderboard/exports";

/** GET /api/exports/wall-table?team=&month=&format=csv|xlsx: reps × the 12 months up to `month`, SSI in the cells. */
export const GET = apiRoute(async (request) => {
  const board = await boardRequest(request, { strictBoard: false });
  const format = formatParam(new URL(request.url).searchParams);
  return downloadResponse(await wallTableExport(board, format));
});
