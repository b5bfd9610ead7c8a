import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam } from "@/platform/http/http";
import { boardRequest } from "@/features/board/board-request";
import { wallTableExport } from "@/features/board/exports";

/** GET /api/exports/wall-table?team=&month=&format=csv|xlsx: reps × the 12 months up to `month`, SSI in the cells. */
export const GET = apiRoute(async (request) => {
  const board = await boardRequest(request, { strictBoard: false });
  const format = formatParam(new URL(request.url).searchParams);
  return downloadResponse(await wallTableExport(board, format));
});
