// What a `next start` (or `next dev`) loads before Next.js: the preload that
// passes each connection's address on to the app (socket-address-preload.mjs:
// why it is needed) and the one that logs every request with its id
// (request-log-preload.mjs). `npm start`, `npm run dev` and the tests'
// servers all use this.
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SOCKET_ADDRESS_PRELOAD = path.join(import.meta.dirname, "socket-address-preload.mjs");
export const REQUEST_LOG_PRELOAD = path.join(import.meta.dirname, "request-log-preload.mjs");

/** `env` with both preloads in NODE_OPTIONS (once each, what was there kept). */
export function withServerPreloads(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  let options = env.NODE_OPTIONS ?? "";
  for (const file of [SOCKET_ADDRESS_PRELOAD, REQUEST_LOG_PRELOAD]) {
    const preload = `--import=${pathToFileURL(file).href}`;
    if (!options.includes(preload)) options = `${options} ${preload}`.trim();
  }
  return { ...env, NODE_OPTIONS: options };
}
