import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { sessionCookie, setSessionCookie } from "@/platform/auth/cookie";
import { requestContext } from "@/platform/auth/request-context";
import { toApiError } from "@/platform/http/errors";
import { appOrigin, finishSso, SSO_COOKIE, SSO_COOKIE_PATH } from "@/features/identity";

/**
 * GET /api/auth/sso/callback: where the provider sends the browser back.
 * Signs the person in and on to the page they asked for, or back to the
 * sign-in page saying why not. The flow's cookie goes either way.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const jar = await cookies();
  let location: string;
  try {
    const result = await finishSso(appOrigin(url), url, jar.get(SSO_COOKIE)?.value, requestContext(request.headers));
    if (result.ok) {
      await setSessionCookie(result.token);
      location = result.callbackUrl;
    } else {
      location = `/sign-in?${new URLSearchParams({ error: result.reason, ...(result.callbackUrl !== "/" ? { callbackUrl: result.callbackUrl } : {}) })}`;
    }
  } catch (caught) {
    if (toApiError(caught)?.code !== "database-unavailable") throw caught;
    location = "/sign-in?error=database-unavailable";
  }
  jar.set(SSO_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: sessionCookie().secure, path: SSO_COOKIE_PATH, maxAge: 0 });
  return new NextResponse(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
