// The JSON API's one error shape and the helpers every route handler uses:
// { "error": { "code", "message", "fields": { "<field>": "<message>" } } }.
import { NextResponse } from "next/server";
import { serverEnv } from "@/platform/config/env";
import { localeFromAcceptLanguage, type AppLocale } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { isMonth, type Month } from "@/platform/time/month";
import { DEFAULT_FORMAT, isExportFormat, type ExportFormat } from "@/platform/spreadsheets/format";
import { controlCharacterFields, controlCharacterParams } from "@/platform/forms/control-characters";
import { readLimitedBody, utf8 } from "./body";
import { ApiError, toApiError } from "./errors";
import { inRequestScope } from "@/platform/db/version";
import { RETRY_AFTER_S } from "@/platform/db/unavailable";
import { rateHeaders, rateStateOf } from "./rate-limit";

export { ApiError };

export const MAX_BODY_BYTES = 64 * 1024;

function errorBody(error: ApiError, locale: AppLocale) {
  const t = translator(locale);
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([field, e]) => [field, t(`fieldErrors.${e.code}` as "fieldErrors.required", e.params)]),
  );
  return {
    error: {
      code: error.code,
      message: t(`api.${error.code}` as "api.invalid"),
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
    },
  };
}

/** When to try again, for the errors that pass by themselves. */
function retryAfter(error: ApiError): Record<string, string> {
  return error.code === "database-unavailable" ? { "Retry-After": String(RETRY_AFTER_S) } : {};
}

/** Wraps a route handler: domain errors become the API's JSON errors, never a bare 500. */
// Messages follow the request's Accept-Language: API clients are scripts and
// browser extensions, which send the language they want.
export function apiRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  const answer = async (request: Request, context: C): Promise<Response> => {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    try {
      await refuseControlCharacters(request, context);
      return await inRequestScope(() => handler(request, context));
    } catch (caught) {
      const error = toApiError(caught);
      if (error) return NextResponse.json(errorBody(error, locale), { status: error.status, headers: retryAfter(error) });
      console.error("api: unexpected error", caught);
      const t = translator(locale);
      return NextResponse.json({ error: { code: "server-error", message: t("api.server-error") } }, { status: 500 });
    }
  };
  return async (request: Request, context: C): Promise<Response> => {
    const response = await answer(request, context);
    // Where the caller stands against its limit, on every answer (a 429's Retry-After included).
    const rate = rateStateOf(request);
    if (rate) for (const [name, value] of Object.entries(rateHeaders(rate))) response.headers.set(name, value);
    // Everything the API answers is someone's data: no browser or shared cache keeps it.
    if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
    return response;
  };
}

/**
 * A 400 naming every query or path parameter with a control character in it
 * (platform/forms/control-characters.ts), before any route reads one: NUL in an id
 * reached PostgreSQL, which refused it with a 500.
 */
async function refuseControlCharacters(request: Request, context: unknown): Promise<void> {
  const routeParams = typeof context === "object" && context !== null && "params" in context ? await context.params : null;
  const pathParams = typeof routeParams === "object" && routeParams !== null ? Object.entries(routeParams).filter((e): e is [string, string] => typeof e[1] === "string") : [];
  const fields = controlCharacterParams([...new URL(request.url).searchParams, ...pathParams]);
  if (Object.keys(fields).length > 0) throw new ApiError("invalid", fields);
}

/** The request's JSON body (an object), within MAX_BODY_BYTES. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBody(request));
}

/** The same, for a body that may be left out: no body reads as {}. */
export async function readOptionalJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await readBody(request);
  return text.trim() === "" ? {} : parseJsonObject(text);
}

/** The body as text, counted as it streams in (platform/http/body.ts); bytes that are not UTF-8 are not JSON. */
async function readBody(request: Request): Promise<string> {
  const text = utf8(await readLimitedBody(request, MAX_BODY_BYTES));
  if (text === null) throw new ApiError("invalid-json");
  return text;
}

/** `text` as a JSON object, else the API's invalid-json or not-an-object error. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError("invalid-json");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new ApiError("not-an-object");
  const refused = controlCharacterFields(body);
  if (Object.keys(refused).length > 0) throw new ApiError("invalid", refused);
  return body as Record<string, unknown>;
}

/**
 * The `month` query parameter (YYYY-MM), `fallback` when it is left out. A
 * 400 naming it: "required" when it is needed (no fallback) and missing or
 * empty, "month-invalid" when it is anything else that is not a month.
 */
export function monthParam(params: URLSearchParams, fallback?: Month): Month {
  const month = params.get("month");
  if (month === null && fallback) return fallback;
  if (!month && !fallback) throw new ApiError("invalid", { month: { code: "required" } });
  if (month === null || !isMonth(month)) throw new ApiError("invalid", { month: { code: "month-invalid" } });
  return month;
}

/** An export's `format` query parameter: csv when left out, xlsx, else a 400 naming it. */
export function formatParam(params: URLSearchParams): ExportFormat {
  const format = params.get("format");
  if (format === null) return DEFAULT_FORMAT;
  if (!isExportFormat(format)) throw new ApiError("invalid", { format: { code: "format-invalid" } });
  return format;
}

/**
 * The origin of the absolute links the app hands out (invitation and reset
 * links): the configured public URL, NEXTAUTH_URL, which production
 * requires (platform/config/env.ts). Never the request's Host, which the client writes:
 * `Host: evil.example` would send a person's one-time link to another site.
 * Only a development server without NEXTAUTH_URL uses the address the client
 * used (behind Next's dev server request.url says "localhost" even for a
 * request to 127.0.0.1 or the machine's network name).
 */
export function requestOrigin(request: Request): string {
  const configured = serverEnv().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return host && /^[a-z0-9.\-:[\]]+$/i.test(host) ? `${url.protocol}//${host}` : url.origin;
}
