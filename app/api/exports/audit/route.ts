import { apiUser } from "@/lib/api/auth";
import { ApiError, apiRoute } from "@/lib/api/http";
import { auditCsv } from "@/lib/audit/csv";
import { loadAuditPage } from "@/lib/audit/load";
import { can } from "@/lib/auth/permissions";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { csvResponse } from "@/lib/leaderboard/board-request";

/** The most lines one export holds; narrow the filter for more. */
const MAX_EXPORT_LINES = 50_000;

/** GET /api/exports/audit?actor=&kind=&from=&to=: the filtered audit log as CSV (admins). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  if (!can(user, { action: "administer" })) throw new ApiError("forbidden");
  const params = new URL(request.url).searchParams;
  params.delete("cursor");
  const page = await loadAuditPage(params, MAX_EXPORT_LINES);
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  const t = translator(locale);
  const labels = { at: t("audit.at"), kind: t("audit.kind"), actor: t("audit.actor"), subject: t("audit.subject"), month: t("audit.month"), reason: t("audit.reason"), details: t("audit.details") };
  return csvResponse(auditCsv(page.lines, locale, labels), "ssi-audit-log.csv");
});
