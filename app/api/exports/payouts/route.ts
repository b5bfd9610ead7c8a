import { apiUser } from "@/platform/http/api-user";
import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam, monthParam } from "@/platform/http/http";
import { localeFromAcceptLanguage } from "@/platform/i18n/config";
import { payoutExport } from "@/features/incentives/payout-export";

/** GET /api/exports/payouts?month=YYYY-MM[&team=][&format=csv|xlsx]: the payout report (same rules as the page). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = monthParam(params);
  const format = formatParam(params);
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return downloadResponse(await payoutExport(user, month, params.get("team") || null, locale, format));
});
