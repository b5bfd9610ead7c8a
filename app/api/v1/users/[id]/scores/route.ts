import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { ApiError, apiRoute } from "@/lib/api/http";
import { scoreJson } from "@/lib/api/serialize";
import { authorize } from "@/lib/auth/permissions";
import { thisMonth } from "@/lib/calendar";
import { addMonths, isMonth } from "@/lib/month";
import { scoresBetween } from "@/lib/ssi/data";
import { findRepProfile } from "@/lib/users/data";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/users/{id}/scores?from=YYYY-MM&to=YYYY-MM: the user's history, oldest first. */
export const GET = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const { id } = await context.params;
  const search = new URL(request.url).searchParams;
  const to = search.get("to") ?? thisMonth();
  const from = search.get("from") ?? addMonths(isMonth(to) ? to : thisMonth(), -11);
  if (!isMonth(from) || !isMonth(to) || from > to) throw new ApiError("invalid-range");
  const subject = await findRepProfile(id);
  if (!subject) throw new ApiError("not-found");
  authorize(user, { action: "view-rep", rep: subject });
  const scores = await scoresBetween(id, from, to);
  return NextResponse.json({ userId: id, from, to, scores: scores.map((s) => scoreJson(id, s)) });
});
