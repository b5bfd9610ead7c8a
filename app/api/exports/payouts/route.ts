import { apiUser } from "@/platform/http/api-user";
import { asLongWork } from "@/platform/db/long-work";
import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam, monthParam } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { localeFromAcceptLanguage } from "@/platform/i18n/config";
import { payoutExportQuery } from "@/features/incentives/queries";

/** GET /api/exports/payouts?month=YYYY-MM[&team=][&format=csv|xlsx|pdf]: the payout report (same rules as the page). */
// Over the whole company: the long limits (platform/db/long-work.ts).
export const GET = apiRoute((request) => asLongWork(async () => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = monthParam(params);
  // The PDF is the payout report's own; the other formats are every export's.
  const format = params.get("format") === "pdf" ? "pdf" : formatParam(params);
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return downloadResponse(await runQuery(user, payoutExportQuery, { month, team: params.get("team") || null, locale, format }));
}));
