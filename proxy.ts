import { NextResponse, type NextRequest } from "next/server";
import { isReadMethod } from "./platform/security/read-methods";
import { sessionCookieName } from "./platform/auth/cookie";
import { databaseAnswers } from "./platform/db/health";
import { RETRY_AFTER_S } from "./platform/db/unavailable";
import { unavailablePage } from "./platform/http/unavailable-page";
import { LOCALE_COOKIE, visitorLocale } from "./platform/i18n/config";
import { newNonce, pageCsp } from "./platform/security/headers";
import { fromOwnPage, mayCallServerAction } from "./platform/security/same-origin";
import { addressHasControlCharacter } from "./platform/security/page-address";
import { translator } from "./platform/i18n/translator";

// Either name: the proxy does not need to know which the app was configured with.
const SESSION_COOKIES = [sessionCookieName(false), sessionCookieName(true)];
/** Pages a visitor without a session may open: their own credential is in the URL or the form. */
const PUBLIC_PAGES = /^\/(sign-in|invite\/|unsubscribe\/|wall\/)/;

/**
 * Runs before every page (not the API, files or Next's build assets, whose
 * headers next.config.ts sets) and every request Next.js may take for a
 * server action (a `Next-Action` call, or a multipart POST: a form posted
 * without JavaScript):
 * - refuses a server action called from elsewhere than the app's pages;
 * - refuses a page's address with a control character in it (400);
 * - sets the page's Content-Security-Policy, with a fresh nonce
 *   (platform/security/headers.ts);
 * - answers a page with a 503 that says so when the database does not
 *   answer (a page cannot render without it);
 * - sends visitors without a session cookie to the sign-in page (wall-screen
 *   links are signed-out by design: their secret is the credential). Only a
 *   convenience: every page, action and route handler checks the user itself
 *   (the session is a database row: platform/auth/sessions.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const session = SESSION_COOKIES.map((name) => request.cookies.get(name)).find((cookie) => cookie !== undefined);
  const csp = pageCsp(newNonce(), process.env.NODE_ENV === "development");
  // A server action answers "unauthorized" or "database-unavailable"
  // itself; a redirect or an error page would lose what the user typed.
  const action = mayCallServerAction(request);
  const locale = () => visitorLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  let response: NextResponse;
  if ((action || !isReadMethod(request.method)) && !fromOwnPage(request)) {
    // Next.js would answer a foreign Origin with a 500; the action itself
    // also refuses a request without one (platform/http/define-action.ts). A
    // page takes no other write from elsewhere: none of ours posts to one.
    response = new NextResponse("Server actions are called from SSI Board's own pages.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  } else if (addressHasControlCharacter(pathname, request.nextUrl.searchParams)) {
    response = new NextResponse(translator(locale())("fieldErrors.control-characters"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } else if (!action && isReadMethod(request.method) && !(await databaseAnswers())) {
    response = new NextResponse(unavailablePage(locale()), {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" },
    });
  } else if (session || action || PUBLIC_PAGES.test(pathname)) {
    // Next.js reads the nonce from the request's copy of the policy.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Pages only. Not the API: Next.js would hold each request's body in memory
    // for the proxy, before the route could count it (platform/http/body.ts).
    "/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)",
    // But every server action call, whatever its path: Next.js runs an action
    // posted to any path that renders a page, a 404 included; and so every
    // multipart POST (a form posted without JavaScript). No route of the API
    // takes a multipart body but sign-in, whose form's is small.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
