// Whether a request that a browser session signs in came from SSI Board's own
// pages: the one rule for API writes, sign-in and server actions alike.
import { isReadMethod } from "@/platform/security/read-methods";

/** What the rule reads of a request: a Request, a NextRequest, or a server action's headers. */
export interface RequestLike {
  method: string;
  /** The URL the request was sent to, when known (a server action only has its headers). */
  url?: string;
  headers: Headers;
}

function allowedOrigins(request: RequestLike): Set<string> {
  const origins = new Set<string>();
  const configured = process.env.NEXTAUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  const url = request.url ? new URL(request.url) : null;
  if (url) origins.add(url.origin);
  const protocol = url?.protocol ?? `${request.headers.get("x-forwarded-proto") ?? "http"}:`;
  const host = request.headers.get("host");
  if (host) origins.add(`${protocol}//${host}`);
  return origins;
}

/**
 * Whether a cookie-authenticated request may act: one with an Origin must
 * come from the app's own pages; a write must say where it comes from: its
 * Origin, or (a browser that leaves Origin out) Sec-Fetch-Site: same-origin.
 * A page elsewhere (or a script that borrowed a cookie) must not act with a
 * signed-in user's session.
 */
export function fromOwnPage(request: RequestLike): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) return allowedOrigins(request).has(origin);
  return isReadMethod(request.method) || request.headers.get("sec-fetch-site") === "same-origin";
}

/**
 * Whether Next.js would take `request` for a server action: one called by
 * the page's JavaScript (a `Next-Action` header), or a form posted without
 * JavaScript, which is a multipart POST whose action id is a `$ACTION_ID_…`
 * field of the body. The body is not read: every multipart POST counts, as
 * Next.js itself checks such a post's Origin before it reads the body (and
 * answers a foreign one with a 500 of its own).
 */
export function mayCallServerAction(request: RequestLike): boolean {
  if (request.headers.has("next-action")) return true;
  return request.method === "POST" && (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}
