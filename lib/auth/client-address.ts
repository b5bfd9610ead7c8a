// The address a request came from, for the sign-in limits (lib/auth/throttle.ts).

/**
 * The client's address from X-Forwarded-For. Next.js puts the connection's
 * address there when the request has none; behind SSI_TRUSTED_PROXIES
 * reverse proxies (a load balancer: 1), each appended the address it saw,
 * so the client's is that many entries from the end. Without a proxy in
 * front, a client can send its own X-Forwarded-For and pick its address:
 * the per-account limit still holds (README, Security).
 */
export function clientAddress(headers: Headers, trustedProxies = Number(process.env.SSI_TRUSTED_PROXIES ?? "0") || 0): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter((part) => part !== "");
  if (hops.length === 0) return null;
  const address = hops[Math.max(0, hops.length - Math.max(1, trustedProxies))] ?? null;
  // Only what an address can look like (IPv4, IPv6): the rest would be a key anyone picks.
  return address && /^[0-9a-f.:[\]]{2,45}$/i.test(address) ? address.toLowerCase() : null;
}
