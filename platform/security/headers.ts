// The security headers of every response (README, Security). Pure functions:
// proxy.ts sets a page's Content-Security-Policy with a fresh nonce,
// next.config.ts the headers that never change, for every path.

/**
 * A page's policy. Scripts run only with this response's nonce (Next.js puts
 * it on its own scripts, read from the request's copy of this header), and
 * whatever they load ('strict-dynamic': the charts' chunk). Development adds
 * 'unsafe-eval', which React uses there to rebuild call stacks.
 * Styles allow inline: React renders `style` attributes (the charts, the
 * progress bars), and CSS cannot run script.
 */
export function pageCsp(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Everything that is not a page (JSON, CSV, icons): nothing in it may run or load anything. */
export const RESOURCE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The headers that are the same on every response, by path pattern (next.config.ts `headers`). */
export function staticSecurityHeaders(production: boolean) {
  const always = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // For browsers without CSP frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    // Browsers honour it over https only; `next start` behind TLS in production.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
  return [
    { source: "/:path*", headers: always },
    // The API, the exports and files: proxy.ts leaves them alone (it would
    // hold every request body in memory before the route could count it).
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: RESOURCE_CSP }] },
    { source: "/:file((?!_next/).*\\.[a-zA-Z0-9]+)", headers: [{ key: "Content-Security-Policy", value: RESOURCE_CSP }] },
    // The wall's link is its credential: no page it opens may learn it.
    { source: "/((?!wall/|api/wall/).*)", headers: [{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }] },
    { source: "/(wall|api/wall)/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
  ];
}
