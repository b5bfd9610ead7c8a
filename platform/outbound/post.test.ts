// The guarded POST against a real server on loopback: a name (not a literal
// address) goes through our own DNS check at connection time.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReachable, postJson, RefusedAddress } from "./post";

let server: Server;
let port: number;
const bodies: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      bodies.push(body);
      response.writeHead(request.url === "/moved" ? 302 : 202, { location: "http://10.0.0.1/" }).end("taken");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const options = (allowPrivateNetwork: boolean) => ({ allowPrivateNetwork, timeoutMs: 5000 });

describe("postJson", () => {
  it("reaches a host by name when private networks are allowed, and gives the answer", async () => {
    const answer = await postJson(`http://localhost:${port}/in`, '{"a":1}', { "x-test": "1" }, options(true));
    expect(answer).toEqual({ status: 202, text: "taken" });
    expect(bodies.at(-1)).toBe('{"a":1}');
  });

  it("refuses a name that resolves to loopback at connection time, sending nothing", async () => {
    const before = bodies.length;
    await expect(postJson(`http://localhost:${port}/in`, "{}", {}, options(false))).rejects.toBeInstanceOf(RefusedAddress);
    await expect(postJson(`http://127.0.0.1:${port}/in`, "{}", {}, options(false))).rejects.toBeInstanceOf(RefusedAddress);
    await expect(postJson(`http://[::ffff:127.0.0.1]:${port}/in`, "{}", {}, options(false))).rejects.toBeInstanceOf(RefusedAddress);
    expect(bodies.length).toBe(before);
  });

  it("does not follow a redirect", async () => {
    expect((await postJson(`http://127.0.0.1:${port}/moved`, "{}", {}, options(true))).status).toBe(302);
  });

  it("refuses what is not http(s)", async () => {
    await expect(postJson("ftp://example.com/x", "{}", {}, options(true))).rejects.toThrow("not http(s)");
  });
});

describe("checkReachable", () => {
  it("refuses loopback names and addresses, and lets them through when allowed", async () => {
    await expect(checkReachable(`http://localhost:${port}/`, false)).rejects.toBeInstanceOf(RefusedAddress);
    await expect(checkReachable("http://[fe80::1]/", false)).rejects.toBeInstanceOf(RefusedAddress);
    await expect(checkReachable(`http://localhost:${port}/`, true)).resolves.toBeUndefined();
  });
});
