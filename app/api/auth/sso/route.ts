import { NextResponse } from "next/server";
import { safeCallbackUrl } from "@/platform/auth/callback-url";
import { sessionCookie } from "@/platform/auth/cookie";
import { appOrigin, beginSso, SSO_COOKIE, SSO_COOKIE_PATH, SSO_FLOW_S } from "@/features/identity";

/**
 * GET /api/auth/sso: the sign-in page's "Sign in with …" link (a link, so it
 * works without JavaScript). Sends the browser to the provider, with the
 * flow's secrets kept in a sealed cookie for the callback.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const callbackUrl = safeCallbackUrl(url.searchParams.get("callbackUrl") ?? undefined);
  const back = (error: string) => new NextResponse(null, { status: 303, headers: { Location: `/sign-in?${new URLSearchParams({ error, ...(callbackUrl !== "/" ? { callbackUrl } : {}) })}` } });
  let begun: Awaited<ReturnType<typeof beginSso>>;
  try {
    begun = await beginSso(appOrigin(url), callbackUrl);
  } catch (error) {
    // The provider does not answer, or its discovery document is not one.
    console.error(`sso: discovery failed: ${error instanceof Error ? error.message : String(error)}`);
    return back("sso-failed");
  }
  if (!begun) return back("sso-off");
  const response = new NextResponse(null, { status: 303, headers: { Location: begun.location, "Cache-Control": "no-store" } });
  // Lax: the provider's redirect back is a top-level GET, which brings it.
  response.cookies.set(SSO_COOKIE, begun.cookie, { httpOnly: true, sameSite: "lax", secure: sessionCookie().secure, path: SSO_COOKIE_PATH, maxAge: SSO_FLOW_S });
  return response;
}
