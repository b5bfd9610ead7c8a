import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { apiRoute, monthParam } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { payoutsQuery } from "@/features/incentives/queries";
import { payoutJson } from "@/features/incentives/serialize";

/** GET /api/v1/payouts?month=YYYY-MM[&team=<id>]: admins for any scope, managers for their teams. */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = monthParam(params);
  const payouts = await runQuery(user, payoutsQuery, { month, team: params.get("team") || null });
  return NextResponse.json({ month, provisional: payouts.provisional, ...payoutJson(payouts.report, payouts.teamNames) });
});
