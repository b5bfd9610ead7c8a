// Who a sign-in or a security event came from, as far as a server can tell.
import { clientAddress } from "./client-address";

export interface RequestContext {
  address: string | null;
  userAgent: string | null;
}

/** Long enough for any real browser's; a longer one is cut, not refused. */
const MAX_USER_AGENT = 400;

export function requestContext(headers: Headers): RequestContext {
  const userAgent = headers.get("user-agent")?.slice(0, MAX_USER_AGENT) ?? null;
  return { address: clientAddress(headers), userAgent: userAgent || null };
}
