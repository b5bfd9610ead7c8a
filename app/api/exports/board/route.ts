import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam } from "@/platform/http/http";
import { boardRequest } from "@/features/board/board-request";
import { boardExport } from "@/features/board/exports";

/** GET /api/exports/board?team=&month=&board=&format=csv|xlsx: the board as a file. */
export const GET = apiRoute(async (request) => {
  const board = await boardRequest(request, { strictBoard: false });
  const format = formatParam(new URL(request.url).searchParams);
  return downloadResponse(await boardExport(board, format));
});
