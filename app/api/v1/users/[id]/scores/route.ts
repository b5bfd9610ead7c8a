import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { apiRoute } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { scoreJson } from "@/features/scores/serialize";
import { scoreHistoryQuery } from "@/features/scores/queries";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/users/{id}/scores?from=YYYY-MM&to=YYYY-MM: the user's history, oldest first. */
export const GET = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const { id } = await context.params;
  const search = new URL(request.url).searchParams;
  const { from, to, scores } = await runQuery(user, scoreHistoryQuery, { repId: id, from: search.get("from"), to: search.get("to") });
  return NextResponse.json({ userId: id, from, to, scores: scores.map((s) => scoreJson(id, s)) });
});
