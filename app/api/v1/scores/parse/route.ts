import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { ApiError, apiRoute, readJsonObject } from "@/platform/http/http";
import { scoreValuesJson } from "@/features/scores/serialize";
import { localeFromAcceptLanguage } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { parseSsiPage } from "@/features/scores/paste/parse";
import { figuresText, leftEmptyParams } from "@/features/scores/paste/refusal-text";
import { OPTIONAL_VALUES } from "@/features/scores/score";

/** POST /api/v1/scores/parse: what the paste parser reads in a copied SSI page; stores nothing. */
export const POST = apiRoute(async (request) => {
  await apiUser(request);
  const body = await readJsonObject(request);
  if (typeof body.text !== "string") throw new ApiError("invalid", { text: { code: "required" } });
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  const result = parseSsiPage(body.text);
  if (!result.ok && result.reason === "contradicted-total") {
    const values = figuresText(locale, "total", result.values);
    throw new ApiError("paste-contradicted-total", { total: { code: "paste-contradicted", params: { values } } });
  }
  if (!result.ok) throw new ApiError(`paste-${result.reason}`);
  const { month, ...values } = result.score;
  // The figures left empty, each with why, the page's figures and a sentence in the request's language.
  const t = translator(locale);
  const refused = OPTIONAL_VALUES.flatMap((field) => {
    const refusal = result.refused?.[field];
    if (!refusal) return [];
    const message = t("api.paste-left-empty", leftEmptyParams(locale, field, refusal));
    return [[field, { reason: refusal.reason, values: refusal.values.map(Number), message }] as const];
  });
  return NextResponse.json({
    ...(month ? { month } : {}),
    ...scoreValuesJson(values),
    ...(refused.length > 0 ? { refused: Object.fromEntries(refused) } : {}),
  });
});
