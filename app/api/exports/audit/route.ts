import { apiUser } from "@/platform/http/api-user";
import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { localeFromAcceptLanguage } from "@/platform/i18n/config";
import { auditExportQuery } from "@/features/audit/queries";

/** GET /api/exports/audit?actor=&kind=&from=&to=&format=csv|xlsx: the filtered audit log (admins). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return downloadResponse(await runQuery(user, auditExportQuery, { params, locale, format: formatParam(params) }));
});
