import { NextResponse, type NextRequest } from "next/server";

// Sends visitors without a session cookie to the sign-in page (wall-screen
// links are signed-out by design: their secret is the credential). This is only a
// convenience: every page, action and route handler checks the user itself.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  // A server action answers "unauthorized" itself; a redirect would break the
  // form and lose what the user typed.
  if (hasSession || request.headers.has("next-action")) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (path !== "/") signIn.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but the sign-in page, the API (it answers 401 itself),
  // Next's assets and public files.
  matcher: ["/((?!sign-in|invite/|wall/|api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)"],
};
