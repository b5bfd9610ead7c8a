import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { commandForApi } from "@/lib/api/command";
import { ApiError, apiRoute, requestOrigin } from "@/lib/api/http";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { importFile } from "@/lib/imports/commands";
import { importJson } from "@/lib/imports/serialize";
import { readImportBody } from "@/lib/imports/body";

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
