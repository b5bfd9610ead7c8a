import { apiUser } from "@/platform/http/api-user";
import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { readBoardRequest } from "@/features/board/api-request";
import { boardFileQuery } from "@/features/board/queries";

/** GET /api/exports/board?team=&month=&board=&format=csv|xlsx: the board as a file. */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const asked = await readBoardRequest(request, user, { strictBoard: false });
  const format = formatParam(new URL(request.url).searchParams);
  return downloadResponse(await runQuery(user, boardFileQuery, { ...asked, format }));
});
