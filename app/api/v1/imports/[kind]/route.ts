import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { ApiError, apiRoute, requestOrigin } from "@/platform/http/http";
import { localeFromAcceptLanguage } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { importFile } from "@/features/imports/commands";
import { importJson } from "@/features/imports/serialize";
import { readImportBody } from "@/features/imports/body";

type Context = { params: Promise<{ kind: string }> };

/**
 * POST /api/v1/imports/{people|scores}?dryRun=true|false[&month=YYYY-MM]
 * [&sheet=][&mapping={json}][&mappingName=][&saveMappingAs=] with the file
 * as the body (CSV text or an .xlsx workbook). 422 with every bad line when
 * any line is bad, and then nothing is written. dryRun defaults to true.
 */
export const POST = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const { kind } = await context.params;
  const params = new URL(request.url).searchParams;
  const dryRun = params.get("dryRun");
  if (dryRun !== null && dryRun !== "true" && dryRun !== "false") throw new ApiError("invalid", { dryRun: { code: "dry-run-invalid" } });
  const file = await readImportBody(request);
  const option = (name: string) => params.get(name) ?? undefined;
  const input = { kind, file, dryRun: dryRun !== "false", month: option("month"), sheet: option("sheet"), mapping: option("mapping"), mappingName: option("mappingName"), saveMappingAs: option("saveMappingAs") };
  const result = await commandForApi(user, importFile, input);
  const t = translator(user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language")));
  return NextResponse.json(importJson(result, t, requestOrigin(request)), { status: result.errors.length > 0 ? 422 : 200 });
});
