// A local HTTP receiver standing in for Slack, Teams and webhook targets:
// it keeps each request (path, headers, JSON body) and answers as told.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { waitForMatches } from "./wait-for";

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: unknown;
}

export interface HttpReceiver {
  url: (path: string) => string;
  received: ReceivedRequest[];
  /** The status and body of the next answers (default 200 "ok"). */
  answer: (status: number, body?: string) => void;
  waitFor: (match: (request: ReceivedRequest) => boolean, count?: number, timeoutMs?: number) => Promise<ReceivedRequest[]>;
  close: () => Promise<void>;
}

export async function startHttpReceiver(): Promise<HttpReceiver> {
  const received: ReceivedRequest[] = [];
  let reply = { status: 200, body: "ok" };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // not JSON: kept as text
      }
      received.push({ path: request.url ?? "", headers: request.headers, body, json });
      response.writeHead(reply.status, { "content-type": "text/plain" }).end(reply.body);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    answer: (status, body = status < 300 ? "ok" : "error") => (reply = { status, body }),
    waitFor: (match, count = 1, timeoutMs = 20_000) =>
      waitForMatches(received, match, count, timeoutMs, (found) => `expected ${count} matching request(s), got ${found} of ${received.length}`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
