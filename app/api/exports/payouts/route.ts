import { apiUser } from "@/lib/api/auth";
import { apiRoute, monthParam } from "@/lib/api/http";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { payoutExport } from "@/lib/incentives/payout-export";
import { csvResponse } from "@/lib/leaderboard/board-request";

/** GET /api/exports/payouts?month=YYYY-MM[&team=]: the payout report as CSV (same rules as the page). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = monthParam(params);
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  const { csv, filename } = await payoutExport(user, month, params.get("team") || null, locale);
  return csvResponse(csv, filename);
});
