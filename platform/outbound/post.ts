import "server-only";
// POSTs to a URL an admin typed (an outgoing webhook), never into the office
// network unless they allowed it: every address the host resolves to is
// checked when the connection is made, so a name that resolves to a public
// address at registration and to 10.0.0.5 later (DNS rebinding) is still
// refused. Redirects are not followed (one could lead inside).
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isPublicAddress } from "./address";

export class RefusedAddress extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} is on a private network (${address}); the webhook does not allow private networks`);
  }
}

export interface Answer {
  status: number;
  /** The start of the receiver's body, for the delivery log. */
  text: string;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for http(s).request that refuses non-public addresses. */
function guardedLookup(allowPrivateNetwork: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allowPrivateNetwork ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) return callback(Object.assign(new RefusedAddress(hostname, refused.address), { code: "EREFUSED_ADDRESS" }), []);
      const first = addresses[0];
      if (options.all) return callback(null, addresses);
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

/** The URL's host as an address, when it is one ("[::1]" → "::1"). */
const literalAddress = (hostname: string): string | null => {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return net.isIP(bare) ? bare : null;
};

/**
 * Checks, before anything is saved, that `url` may be reached: every address
 * its host has now is public (or private ones are allowed). Throws
 * RefusedAddress, or the DNS error when the host has no address.
 */
export async function checkReachable(url: string, allowPrivateNetwork: boolean): Promise<void> {
  if (allowPrivateNetwork) return;
  const { hostname } = new URL(url);
  const literal = literalAddress(hostname);
  const addresses = literal ? [literal] : (await dns.promises.lookup(hostname, { all: true })).map((a) => a.address);
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused) throw new RefusedAddress(hostname, refused);
}

/** POSTs `body` (already JSON) with `headers`; the receiver's answer, whatever its status. Throws when there is none. */
export function postJson(url: string, body: string, headers: Record<string, string>, options: { allowPrivateNetwork: boolean; timeoutMs: number }): Promise<Answer> {
  const target = new URL(url);
  if (target.protocol !== "https:" && target.protocol !== "http:") return Promise.reject(new Error(`${target.protocol} is not http(s)`));
  const literal = literalAddress(target.hostname);
  // A literal address is connected to without a lookup: it is checked here.
  if (literal && !options.allowPrivateNetwork && !isPublicAddress(literal)) return Promise.reject(new RefusedAddress(target.hostname, literal));
  const send = target.protocol === "https:" ? https.request : http.request;
  return new Promise<Answer>((resolve, reject) => {
    const request = send(
      target,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body).toString(), ...headers },
        lookup: guardedLookup(options.allowPrivateNetwork) as never,
        // A connection of its own every time: a pooled socket (Node's agent keeps them alive) would skip the lookup and its check.
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          // Only the start is kept; the rest is read and dropped, so the socket is freed.
          if (text.length < 500) text += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: text.slice(0, 500) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
