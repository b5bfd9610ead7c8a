import { apiRoute } from "@/lib/api/http";
import { boardRequest, csvResponse } from "@/lib/leaderboard/board-request";
import { wallTableExport } from "@/lib/leaderboard/exports";

/** GET /api/exports/wall-table?team=&month=: reps × the 12 months up to `month`, SSI in the cells. */
export const GET = apiRoute(async (request) => {
  const { csv, filename } = await wallTableExport(await boardRequest(request, { strictBoard: false }));
  return csvResponse(csv, filename);
});
