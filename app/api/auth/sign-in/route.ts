import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { fromOwnPage } from "@/lib/api/auth";
import { readLimitedBody, utf8 } from "@/lib/api/body";
import { toApiError } from "@/lib/api/errors";
import { clientAddress } from "@/lib/auth/client-address";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { writeSessionCookie } from "@/lib/auth/cookie";
import { authenticate, TooManyAttemptsError } from "@/lib/auth/credentials";
import { signInRefusal, type SignInRefusal } from "@/lib/auth/sign-in-refusal";
import { RETRY_AFTER_S } from "@/lib/db/unavailable";
import { LOCALE_COOKIE, visitorLocale, type AppLocale } from "@/lib/i18n/config";
import { resolveLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translator";
import { escapeHtml } from "@/lib/security/html";

/** Email, password and where to go: a form's fields are a few hundred bytes. */
const MAX_BYTES = 8 * 1024;

/**
 * POST /api/auth/sign-in: the sign-in form's endpoint. The page's script
 * posts here asking for JSON (200 with where to go, 401, 429 or 503 with
 * Retry-After, each with a message in the user's language); a browser
 * without JavaScript posts the form itself and follows 303s (to the page
 * asked for, or back to the sign-in page saying why). A burst of attempts
 * is answered 429 with Retry-After whichever way it came (lib/auth/throttle.ts).
 * Only the app's own pages may post here (no signing in from another site).
 */
export async function POST(request: Request): Promise<Response> {
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  // The page's language (the database may be what failed: then the visitor's).
  const locale = await resolveLocale().catch(async () => visitorLocale((await cookies()).get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")));
  let callbackUrl = "/";
  const refuse = (refusal: SignInRefusal) => refused(refusal, { json, locale, callbackUrl });
  try {
    if (!fromOwnPage(request)) return refuse({ code: "cross-site" });
    const fields = await formFields(request);
    callbackUrl = safeCallbackUrl(fields.get("callbackUrl"));
    const user = await authenticate({ email: fields.get("email") ?? "", password: fields.get("password") ?? "" }, clientAddress(request.headers));
    if (!user) return refuse({ code: "invalid-credentials" });
    await writeSessionCookie(user);
    // A relative Location: the address the browser used, whatever the server calls itself.
    return json ? NextResponse.json({ location: callbackUrl }) : new NextResponse(null, { status: 303, headers: { Location: callbackUrl } });
  } catch (caught) {
    if (caught instanceof TooManyAttemptsError) return refuse({ code: "too-many-attempts", retryAfterS: caught.retryAfterS });
    const error = toApiError(caught);
    if (error?.code === "database-unavailable") return refuse({ code: "database-unavailable", retryAfterS: RETRY_AFTER_S });
    if (error?.code === "too-large") return refuse({ code: "invalid-credentials" });
    throw caught;
  }
}

/** The posted fields, from a form (urlencoded or multipart) or a JSON object. */
async function formFields(request: Request): Promise<Map<string, string>> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.toLowerCase();
  const bytes = await readLimitedBody(request, MAX_BYTES);
  const fields = new Map<string, string>();
  if (type.startsWith("application/json")) {
    let body: unknown = null;
    try {
      body = JSON.parse(utf8(bytes) ?? "");
    } catch {
      return fields;
    }
    if (body && typeof body === "object") {
      for (const [name, value] of Object.entries(body)) if (typeof value === "string") fields.set(name, value);
    }
    return fields;
  }
  let form: FormData | URLSearchParams;
  try {
    form = type.startsWith("multipart/form-data")
      ? // The boundary is case-sensitive: the header as sent.
        await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData()
      : new URLSearchParams(utf8(bytes) ?? "");
  } catch {
    return fields; // a malformed body: no fields, refused like a wrong password
  }
  for (const [name, value] of form.entries()) if (typeof value === "string" && !fields.has(name)) fields.set(name, value);
  return fields;
}

function refused(refusal: SignInRefusal, { json, locale, callbackUrl }: { json: boolean; locale: AppLocale; callbackUrl: string }): Response {
  const { status, message } = signInRefusal(refusal, translator(locale));
  const headers: Record<string, string> = refusal.retryAfterS ? { "Retry-After": String(refusal.retryAfterS) } : {};
  if (json) return NextResponse.json({ error: { code: refusal.code, message, ...(refusal.retryAfterS ? { retryAfter: refusal.retryAfterS } : {}) } }, { status, headers });
  // Without JavaScript: back to the sign-in page, which says why. A 429 or
  // 503 keeps its status (a script sees it), and the page it carries sends
  // the browser there at once.
  const back = `/sign-in?${new URLSearchParams({ error: refusal.code, ...(refusal.retryAfterS ? { wait: String(refusal.retryAfterS) } : {}), ...(callbackUrl !== "/" ? { callbackUrl } : {}) })}`;
  if (status === 401 || status === 403) return new NextResponse(null, { status: 303, headers: { Location: back } });
  const [url, text] = [escapeHtml(back), escapeHtml(message)];
  return new NextResponse(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${url}"><title>${text}</title></head><body><p>${text}</p><p><a href="${url}">${url}</a></p></body></html>`,
    { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } },
  );
}
