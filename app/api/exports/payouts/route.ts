import { apiUser } from "@/lib/api/auth";
import { downloadResponse } from "@/lib/api/download";
import { apiRoute, formatParam, monthParam } from "@/lib/api/http";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { payoutExport } from "@/lib/incentives/payout-export";

/** GET /api/exports/payouts?month=YYYY-MM[&team=][&format=csv|xlsx]: the payout report (same rules as the page). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = monthParam(params);
  const format = formatParam(params);
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return downloadResponse(await payoutExport(user, month, params.get("team") || null, locale, format));
});
