// The address a request came from, as the key of its sign-in counter
// (platform/auth/throttle.ts): read strictly, so that no header a client writes
// gives it a counter of its own.
import { isIP, isIPv4 } from "node:net";

/**
 * The header `npm start` (scripts/serve.ts) sets on every request to the
 * address of the connection, replacing any copy a client sent. Next.js hands
 * route handlers no socket: `request.ip` is gone since Next.js 15, and
 * `next start` puts the connection's address in X-Forwarded-For only when
 * the request has none, so a client's own header would stand.
 */
export const SOCKET_ADDRESS_HEADER = "x-ssi-socket-address";
/** Set to "1" by scripts/serve.ts in its own process: only then is the header above the server's and not a client's. */
export const SOCKET_ADDRESS_ENV = "SSI_SOCKET_ADDRESS_HEADER";
/** The one key of every request whose address cannot be read: a shared counter, never none. */
export const UNKNOWN_ADDRESS = "unknown";

function configuredProxies(): number {
  const value = process.env.SSI_TRUSTED_PROXIES ?? "0";
  return /^\d{1,2}$/.test(value) ? Number(value) : 0;
}

/** The first 64 bits of a valid IPv6 address: one machine is usually given a whole /64, so it counts as one. */
function ipv6Prefix(address: string): string {
  const [left = "", right] = address.split("::");
  const head = left === "" ? [] : left.split(":");
  const tail = right === undefined || right === "" ? [] : right.split(":");
  // An IPv4 address written at the end stands for two groups.
  const tailGroups = tail.reduce((count, group) => count + (group.includes(".") ? 2 : 1), 0);
  const groups = right === undefined ? head : [...head, ...Array<string>(8 - head.length - tailGroups).fill("0"), ...tail];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** `address` as a counter's key: an IPv4 address (unmapped from IPv6), an IPv6 /64, or UNKNOWN_ADDRESS when it is no IP address. */
function addressKey(address: string | null | undefined): string {
  const value = (address ?? "").trim().toLowerCase();
  if (isIP(value) === 0) return UNKNOWN_ADDRESS;
  if (isIPv4(value)) return value;
  const mapped = /^::ffff:([\d.]+)$/.exec(value)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  return ipv6Prefix(value.split("%")[0] ?? value);
}

/**
 * The client's address, as a key that is always there. Without a proxy in
 * front (SSI_TRUSTED_PROXIES=0, the default), the connection's address
 * (SOCKET_ADDRESS_HEADER) and never X-Forwarded-For, which the client
 * writes; a server that does not stamp it (a plain `next start`) counts every
 * request under UNKNOWN_ADDRESS. Behind N proxies, each appended the address
 * it saw, so the client's is the Nth entry of X-Forwarded-For from the right;
 * what the client wrote before it is ignored, and an entry that is not an IP
 * address (or a chain shorter than N) counts under UNKNOWN_ADDRESS.
 */
export function clientAddress(headers: Headers, trustedProxies = configuredProxies()): string {
  if (trustedProxies === 0) {
    return process.env[SOCKET_ADDRESS_ENV] === "1" ? addressKey(headers.get(SOCKET_ADDRESS_HEADER)) : UNKNOWN_ADDRESS;
  }
  const hops = (headers.get("x-forwarded-for") ?? "").split(",");
  return addressKey(hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined);
}
