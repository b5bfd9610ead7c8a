import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { ApiError, apiRoute } from "@/lib/api/http";
import { loadPayouts } from "@/lib/incentives/payout-request";
import { payoutJson } from "@/lib/incentives/serialize";
import { isMonth } from "@/lib/month";

/** GET /api/v1/payouts?month=YYYY-MM[&team=<id>]: admins for any scope, managers for their teams. */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = params.get("month");
  if (!month || !isMonth(month)) throw new ApiError("invalid", { month: { code: month ? "month-invalid" : "required" } });
  const payouts = await loadPayouts(user, month, params.get("team") || null);
  return NextResponse.json({ month, provisional: payouts.provisional, ...payoutJson(payouts.report, payouts.teamNames) });
});
