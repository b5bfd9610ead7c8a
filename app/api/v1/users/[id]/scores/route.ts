import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { ApiError, apiRoute } from "@/platform/http/http";
import { scoreJson } from "@/features/scores/serialize";
import { companyMonth } from "@/features/settings/data";
import { addMonths, isMonth } from "@/platform/time/month";
import { scoresBetween } from "@/features/scores/data";
import { repFor } from "@/features/people/rep-subject";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/users/{id}/scores?from=YYYY-MM&to=YYYY-MM: the user's history, oldest first. */
export const GET = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const { id } = await context.params;
  const search = new URL(request.url).searchParams;
  const to = search.get("to") ?? await companyMonth();
  const from = search.get("from") ?? addMonths(isMonth(to) ? to : await companyMonth(), -11);
  if (!isMonth(from) || !isMonth(to) || from > to) throw new ApiError("invalid-range");
  const subject = await repFor(user, id, "view-rep");
  if (!subject.ok) throw new ApiError(subject.reason);
  const scores = await scoresBetween(id, from, to);
  return NextResponse.json({ userId: id, from, to, scores: scores.map((s) => scoreJson(id, s)) });
});
