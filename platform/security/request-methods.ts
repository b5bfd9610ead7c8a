// Methods that Next.js answers with a 500 of its own, answered here first:
// - TRACE, anywhere: Next.js builds a Fetch API Request for every request,
//   and `new Request()` throws on TRACE (Node's parser refuses TRACK itself
//   and hands CONNECT elsewhere);
// - anything but GET, HEAD and POST on a page, and anything but GET and
//   HEAD on a file (`/robots.txt`, Next's `/_next/…`): Next.js rendered its
//   404 page for an OPTIONS request and failed, and failed on a POST to a file.
// Node's HTTP server hands each request to its listeners through `emit`, so
// the 405 is given there, before Next.js. Installed at start by
// instrumentation.ts, so that it holds however the server is started.
import http from "node:http";
import { RESOURCE_CSP } from "./headers";

const API_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const PAGE_METHODS = ["GET", "HEAD", "POST"];
const FILE_METHODS = ["GET", "HEAD"];

/** What a path is, as proxy.ts's matcher tells them apart. */
function kindOf(path: string): "api" | "file" | "page" {
  if (path.startsWith("/api/")) return "api";
  return path.startsWith("/_next/") || /\.[a-zA-Z0-9]+$/.test(path) ? "file" : "page";
}

/** The methods `path` may take when `method` is refused there, else null (an API route then says what it takes). */
export function refusedMethod(method: string, path: string): string[] | null {
  const asked = method.toUpperCase();
  const kind = kindOf(path);
  if (kind === "api") return asked === "TRACE" ? API_METHODS : null;
  const allowed = kind === "page" ? PAGE_METHODS : FILE_METHODS;
  return allowed.includes(asked) ? null : allowed;
}

/**
 * Answers `request` with a 405 when its method is refused; whether it did.
 * The answer goes once the body (never read) has been let through: closing
 * the connection under a client still sending would reset it before the
 * client reads the answer. Node's request timeout bounds a body that never ends.
 */
export function refuseMethod(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const allowed = refusedMethod(request.method ?? "", new URL(request.url ?? "/", "http://localhost").pathname);
  if (!allowed) return false;
  const answer = () => {
    response.writeHead(405, {
      Allow: allowed.join(", "),
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": RESOURCE_CSP,
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    response.end("Method not allowed.\n");
  };
  request.once("end", answer);
  request.once("error", () => response.destroy());
  request.resume();
  return true;
}

let installed = false;

/** Puts refuseMethod in front of every HTTP server of this process (once). */
export function answerRefusedMethods(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitUnlessRefused(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args;
      if (request instanceof http.IncomingMessage && response instanceof http.ServerResponse && refuseMethod(request, response)) return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
}
