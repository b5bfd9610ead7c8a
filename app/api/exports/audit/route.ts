import { apiUser } from "@/lib/api/auth";
import { downloadResponse } from "@/lib/api/download";
import { ApiError, apiRoute, formatParam } from "@/lib/api/http";
import { auditExport } from "@/lib/audit/export";
import { can } from "@/lib/auth/permissions";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";

/** GET /api/exports/audit?actor=&kind=&from=&to=&format=csv|xlsx: the filtered audit log (admins). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  if (!can(user, { action: "administer" })) throw new ApiError("forbidden");
  const params = new URL(request.url).searchParams;
  const format = formatParam(params);
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return downloadResponse(await auditExport(params, locale, format));
});
