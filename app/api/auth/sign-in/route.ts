import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { fromOwnPage } from "@/platform/security/same-origin";
import { toApiError } from "@/platform/http/errors";
import { requestContext } from "@/platform/auth/request-context";
import { safeCallbackUrl } from "@/platform/auth/callback-url";
import { setSessionCookie } from "@/platform/auth/cookie";
import { authenticate } from "@/platform/auth/credentials";
import { TooManyAttempts } from "@/platform/errors/domain-errors";
import { refusedAnswer, signInFields } from "@/platform/http/sign-in-answer";
import type { SignInRefusal } from "@/platform/http/sign-in-refusal";
import { RETRY_AFTER_S } from "@/platform/db/unavailable";
import { LOCALE_COOKIE, visitorLocale } from "@/platform/i18n/config";
import { resolveLocale } from "@/features/shell/locale";
import { openSession, pageOfStep, passwordsOffFor } from "@/features/identity";
import { recordSecurityEvent } from "@/platform/auth/security-mutations";

/**
 * POST /api/auth/sign-in: the sign-in form's endpoint. The page's script
 * posts here asking for JSON (200 with where to go, 401, 429 or 503 with
 * Retry-After, each with a message in the user's language); a browser
 * without JavaScript posts the form itself and follows 303s (to the page
 * asked for, or back to the sign-in page saying why). A burst of attempts
 * is answered 429 with Retry-After whichever way it came (platform/auth/throttle.ts).
 * Only the app's own pages may post here (no signing in from another site).
 */
export async function POST(request: Request): Promise<Response> {
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  // The page's language (the database may be what failed: then the visitor's).
  const locale = await resolveLocale().catch(async () => visitorLocale((await cookies()).get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")));
  let callbackUrl = "/";
  const refuse = (refusal: SignInRefusal) => refusedAnswer(refusal, { json, locale, callbackUrl });
  try {
    if (!fromOwnPage(request)) return refuse({ code: "cross-site" });
    const fields = await signInFields(request);
    callbackUrl = safeCallbackUrl(fields.get("callbackUrl"));
    const context = requestContext(request.headers);
    const email = (fields.get("email") ?? "").trim().toLowerCase();
    if (email && (await passwordsOffFor(email))) {
      await recordSecurityEvent({ kind: "security.sign-in-failed", actorId: null, email, reason: "sso-only", details: { step: "password" }, context });
      return refuse({ code: "sso-only" });
    }
    const user = await authenticate({ email: fields.get("email") ?? "", password: fields.get("password") ?? "" }, context.address, context.userAgent);
    if (!user) return refuse({ code: "invalid-credentials" });
    const { token, step } = await openSession(user, "PASSWORD", context);
    await setSessionCookie(token);
    // A relative Location: the address the browser used, whatever the server calls itself.
    const location = pageOfStep(step, callbackUrl);
    return json ? NextResponse.json({ location }) : new NextResponse(null, { status: 303, headers: { Location: location } });
  } catch (caught) {
    if (caught instanceof TooManyAttempts) return refuse({ code: "too-many-attempts", retryAfterS: caught.retryAfterS });
    const error = toApiError(caught);
    if (error?.code === "database-unavailable") return refuse({ code: "database-unavailable", retryAfterS: RETRY_AFTER_S });
    if (error?.code === "too-large") return refuse({ code: "invalid-credentials" });
    throw caught;
  }
}
