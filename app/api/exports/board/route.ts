import { downloadResponse } from "@/lib/api/download";
import { apiRoute, formatParam } from "@/lib/api/http";
import { boardRequest } from "@/lib/leaderboard/board-request";
import { boardExport } from "@/lib/leaderboard/exports";

/** GET /api/exports/board?team=&month=&board=&format=csv|xlsx: the board as a file. */
export const GET = apiRoute(async (request) => {
  const board = await boardRequest(request, { strictBoard: false });
  const format = formatParam(new URL(request.url).searchParams);
  return downloadResponse(await boardExport(board, format));
});
