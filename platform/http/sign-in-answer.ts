// The sign-in endpoint's two ends (app/api/auth/sign-in/route.ts): what a
// post says, whichever way it was sent, and the answer to a refusal, for the
// page's script (JSON) or for a browser without JavaScript (redirects).
import "server-only";
import { NextResponse } from "next/server";
import { readLimitedBody, utf8 } from "@/platform/http/body";
import { parseJsonObject } from "@/platform/http/http";
import type { AppLocale } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { escapeHtml } from "@/platform/security/html";
import { signInRefusal, type SignInRefusal } from "./sign-in-refusal";

/** Email, password and where to go: a form's fields are a few hundred bytes. */
const MAX_BYTES = 8 * 1024;

/** The posted fields, from a form (urlencoded or multipart) or a JSON object; none when the body is malformed (refused like a wrong password). */
export async function signInFields(request: Request): Promise<Map<string, string>> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.toLowerCase();
  const bytes = await readLimitedBody(request, MAX_BYTES);
  const fields = new Map<string, string>();
  let form: Iterable<[string, unknown]>;
  try {
    if (type.startsWith("application/json")) form = Object.entries(parseJsonObject(utf8(bytes) ?? ""));
    else if (type.startsWith("multipart/form-data")) {
      // The boundary is case-sensitive: the header as sent.
      form = (await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData()).entries();
    } else form = new URLSearchParams(utf8(bytes) ?? "").entries();
  } catch {
    return fields;
  }
  for (const [name, value] of form) if (typeof value === "string" && !fields.has(name)) fields.set(name, value);
  return fields;
}

/**
 * A refusal as the endpoint answers it: JSON with its status (and
 * Retry-After) for the page's script; without JavaScript, back to the
 * sign-in page, which says why. A 429 or 503 keeps its status (a script
 * sees it), and the page it carries sends the browser there at once.
 */
export function refusedAnswer(refusal: SignInRefusal, { json, locale, callbackUrl }: { json: boolean; locale: AppLocale; callbackUrl: string }): Response {
  const { status, message } = signInRefusal(refusal, translator(locale));
  const headers: Record<string, string> = refusal.retryAfterS ? { "Retry-After": String(refusal.retryAfterS) } : {};
  if (json) return NextResponse.json({ error: { code: refusal.code, message, ...(refusal.retryAfterS ? { retryAfter: refusal.retryAfterS } : {}) } }, { status, headers });
  const back = `/sign-in?${new URLSearchParams({ error: refusal.code, ...(refusal.retryAfterS ? { wait: String(refusal.retryAfterS) } : {}), ...(callbackUrl !== "/" ? { callbackUrl } : {}) })}`;
  if (status === 401 || status === 403) return new NextResponse(null, { status: 303, headers: { Location: back } });
  const [url, text] = [escapeHtml(back), escapeHtml(message)];
  return new NextResponse(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${url}"><title>${text}</title></head><body><p>${text}</p><p><a href="${url}">${url}</a></p></body></html>`,
    { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } },
  );
}
