import { apiUser } from "@/platform/http/api-user";
import { downloadResponse } from "@/platform/http/download";
import { ApiError, apiRoute, formatParam } from "@/platform/http/http";
import { auditExport } from "@/features/audit/export";
import { can } from "@/platform/auth/permissions";
import { localeFromAcceptLanguage } from "@/platform/i18n/config";

/** GET /api/exports/audit?actor=&kind=&from=&to=&format=csv|xlsx: the filtered audit log (admins). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  if (!can(user, { action: "administer" })) throw new ApiError("forbidden");
  const params = new URL(request.url).searchParams;
  const format = formatParam(params);
  const locale = user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
  return downloadResponse(await auditExport(params, locale, format));
});
