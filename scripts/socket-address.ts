// How a `next start` gets the preload that passes the connection's address
// on to the app (scripts/socket-address-preload.mjs: why it is needed).
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SOCKET_ADDRESS_PRELOAD = path.join(import.meta.dirname, "socket-address-preload.mjs");

/** `env` for a `next start` that stamps each request with its connection's address (NODE_OPTIONS kept). */
export function withSocketAddress(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--import=${pathToFileURL(SOCKET_ADDRESS_PRELOAD).href}`;
  const options = env.NODE_OPTIONS ?? "";
  return { ...env, NODE_OPTIONS: options.includes(preload) ? options : `${options} ${preload}`.trim() };
}
