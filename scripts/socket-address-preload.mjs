// Loaded into `next start` before Next.js (NODE_OPTIONS=--import, set by
// scripts/server-preloads.ts for `npm start`, `npm run dev` and the tests' servers): stamps
// every request with the address of its connection, in the header that
// platform/auth/client-address.ts reads without a proxy in front.
//
// Why here: Next.js hands route handlers no socket. `request.ip` is gone
// since Next.js 15, and `next start` writes the connection's address into
// X-Forwarded-For only when the request has none (`??=` in base-server.js),
// so a client that sends its own header picks its address and dodges the
// per-address sign-in limit. A custom server would own the socket too, but
// would give up what `next start` sets up (the origin a server action's
// redirect is fetched from, signal handling, keep-alive): this keeps
// `next start` whole and only adds the header, before Next.js sees the request.
import http from "node:http";

// SOCKET_ADDRESS_HEADER and SOCKET_ADDRESS_ENV in platform/auth/client-address.ts
// (a plain .mjs file cannot import TypeScript; scripts/socket-address.test.ts holds them equal).
export const HEADER = "x-ssi-socket-address";
export const ENV = "SSI_SOCKET_ADDRESS_HEADER";

// Only the processes that stamp the header trust it.
process.env[ENV] = "1";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitStamped(event, ...args) {
  if (event === "request") {
    const [request] = args;
    // Replaces any copy the client sent: Node.js lower-cases header names.
    request.headers[HEADER] = request.socket?.remoteAddress ?? "";
  }
  return emit.call(this, event, ...args);
};
