import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerRefusedMethods, refusedMethod } from "./request-methods";

// A server that does what Next.js does with every request: build a Fetch API Request.
const server = http.createServer((req, res) => {
  try {
    const request = new Request(`http://localhost${req.url ?? "/"}`, { method: req.method });
    res.writeHead(200).end(request.method);
  } catch {
    res.writeHead(500).end("Internal Server Error");
  }
});

function send(method: string, path = "/"): Promise<{ status: number; allow: string | undefined; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the methods Next.js answers with a 500", () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("are TRACE anywhere, anything but GET, HEAD and POST on a page, and anything but GET and HEAD on a file", () => {
    expect(refusedMethod("TRACE", "/api/v1/me")).toEqual(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
    for (const method of ["TRACE", "OPTIONS", "PUT", "PATCH", "DELETE", "PROPFIND", "options"]) expect(refusedMethod(method, "/no-such-page"), method).toEqual(["GET", "HEAD", "POST"]);
    for (const method of ["POST", "OPTIONS", "TRACE"]) for (const file of ["/robots.txt", "/icon.svg", "/_next/static/x"]) expect(refusedMethod(method, file), `${method} ${file}`).toEqual(["GET", "HEAD"]);
    for (const method of ["GET", "HEAD", "POST", "post"]) expect(refusedMethod(method, "/leaderboard"), method).toBeNull();
    for (const method of ["GET", "HEAD"]) expect(refusedMethod(method, "/robots.txt"), method).toBeNull();
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"]) expect(refusedMethod(method, "/api/v1/scores"), method).toBeNull();
  });

  it("made the server answer 500 (TRACE), and are answered 405 once the guard is in place", async () => {
    expect((await send("TRACE")).status).toBe(500);
    answerRefusedMethods();
    answerRefusedMethods();
    expect(await send("TRACE")).toMatchObject({ status: 405, allow: "GET, HEAD, POST" });
    expect(await send("OPTIONS", "/no-such-page")).toMatchObject({ status: 405, allow: "GET, HEAD, POST" });
    expect(await send("POST", "/robots.txt")).toMatchObject({ status: 405, allow: "GET, HEAD" });
    expect(await send("TRACE", "/api/v1/me")).toMatchObject({ status: 405, allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" });
    // Everything else still reaches the server's own handler.
    for (const method of ["GET", "POST"]) expect(await send(method), method).toMatchObject({ status: 200, body: method });
    for (const method of ["OPTIONS", "PATCH", "PROPFIND"]) expect(await send(method, "/api/v1/me"), method).toMatchObject({ status: 200, body: method });
  });
});
