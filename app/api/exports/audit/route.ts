import { apiUser } from "@/platform/http/api-user";
import { asLongWork } from "@/platform/db/long-work";
import { downloadResponse } from "@/platform/http/download";
import { apiRoute, formatParam } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { localeFromAcceptLanguage } from "@/platform/i18n/config";
import { auditExportQuery } from "@/features/audit/queries";

/** GET /api/exports/audit?actor=&kind=&from=&to=&format=csv|xlsx: the filtered audit log (admins). */
// Over the whole company: the long limits (platform/db/long-work.ts).
export const GET = apiRoute((request) => asLongWork(async () => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return downloadResponse(await runQuery(user, auditExportQuery, { params, locale, format: formatParam(params) }));
}));
