import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { apiRoute, monthParam } from "@/lib/api/http";
import { loadPayouts } from "@/lib/incentives/payout-request";
import { payoutJson } from "@/lib/incentives/serialize";

/** GET /api/v1/payouts?month=YYYY-MM[&team=<id>]: admins for any scope, managers for their teams. */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = monthParam(params);
  const payouts = await loadPayouts(user, month, params.get("team") || null);
  return NextResponse.json({ month, provisional: payouts.provisional, ...payoutJson(payouts.report, payouts.teamNames) });
});
