import { apiUser } from "@/platform/http/api-user";
import { asLongWork } from "@/platform/db/long-work";
import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { readBoardRequest } from "@/features/board/api-request";
import { boardFileQuery } from "@/features/board/queries";

/** GET /api/exports/board?team=&month=&board=&format=csv|xlsx: the board as a file. */
// Over the whole company: the long limits (platform/db/long-work.ts).
export const GET = apiRoute((request) => asLongWork(async () => {
  const user = await apiUser(request);
  const asked = await readBoardRequest(request, user, { strictBoard: false });
  const format = formatParam(new URL(request.url).searchParams);
  return downloadResponse(await runQuery(user, boardFileQuery, { ...asked, format }));
}));
