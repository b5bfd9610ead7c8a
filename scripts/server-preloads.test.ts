import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_ENV, SOCKET_ADDRESS_HEADER } from "../platform/auth/client-address";
import { SOCKET_ADDRESS_PRELOAD, withServerPreloads } from "./server-preloads";

/** What a server sees of a request sent with `headers` (after the preload stamped it). */
function seen(server: Server, headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, headers }, (answer) => {
      let body = "";
      answer.on("data", (chunk: Buffer) => (body += chunk.toString()));
      answer.on("end", () => resolve(JSON.parse(body) as IncomingHttpHeaders));
    });
    sent.on("error", reject);
    sent.end();
  });
}

describe("the socket-address preload of `next start`", () => {
  let server: Server;
  let preload: { HEADER: string; ENV: string };

  beforeAll(async () => {
    preload = (await import(SOCKET_ADDRESS_PRELOAD)) as { HEADER: string; ENV: string };
    server = createServer((req, res) => res.end(JSON.stringify(req.headers)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    delete process.env[SOCKET_ADDRESS_ENV];
  });

  it("writes the header and the switch the app reads", () => {
    expect(preload).toMatchObject({ HEADER: SOCKET_ADDRESS_HEADER, ENV: SOCKET_ADDRESS_ENV });
    expect(process.env[SOCKET_ADDRESS_ENV]).toBe("1");
  });

  it("stamps the connection's address over whatever the client sent, so X-Forwarded-For changes nothing", async () => {
    const headers = await seen(server, { [SOCKET_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "198.51.100.1" });
    expect(headers[SOCKET_ADDRESS_HEADER]).toBe("127.0.0.1");
    const asTheApp = new Headers(Object.entries(headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])));
    expect(clientAddress(asTheApp, 0)).toBe("127.0.0.1");
  });
});

describe("withServerPreloads", () => {
  it("adds the preloads to NODE_OPTIONS once, keeping what was there", () => {
    const env = withServerPreloads({ NODE_ENV: "production", NODE_OPTIONS: "--max-old-space-size=2048" });
    expect(env.NODE_OPTIONS).toMatch(/^--max-old-space-size=2048 --import=file:\/\/.*socket-address-preload\.mjs --import=file:\/\/.*request-log-preload\.mjs$/);
    expect(withServerPreloads(env).NODE_OPTIONS).toBe(env.NODE_OPTIONS);
  });
});
