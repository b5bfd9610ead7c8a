// The request-log preload of `next start` (request-log-preload.mjs), in this
// process: ids, route patterns, and the context the app adds to. What a real
// server writes is read in tests/e2e/logs.spec.ts.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTEXT_KEY, currentRequestLog, noteActor } from "../platform/log/request-log";
import { LOGGER_KEY } from "../platform/log/logger";
import { REQUEST_LOG_PRELOAD } from "./server-preloads";

interface Preload {
  CONTEXT_KEY: symbol;
  LOGGER_KEY: symbol;
  REQUEST_ID_HEADER: string;
  requestIdOf(sent: unknown): string;
  routeOf(url: string): string;
}

let preload: Preload;
let server: Server;

function get(path: string, headers: Record<string, string> = {}): Promise<{ id: string | undefined; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, path, headers }, (answer) => {
      let body = "";
      answer.on("data", (chunk: Buffer) => (body += chunk.toString()));
      answer.on("end", () => resolve({ id: answer.headers["x-request-id"] as string | undefined, body }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

beforeAll(async () => {
  preload = (await import(REQUEST_LOG_PRELOAD)) as Preload;
  server = createServer((req, res) => {
    // As the app does once it knows who asked.
    noteActor("user-1", "token-1");
    res.end(JSON.stringify({ seen: req.headers["x-request-id"], context: currentRequestLog() }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the request-log preload", () => {
  it("shares its keys with the app's modules", () => {
    expect(preload.CONTEXT_KEY).toBe(CONTEXT_KEY);
    expect(preload.LOGGER_KEY).toBe(LOGGER_KEY);
  });

  it("keeps a plain id a caller sent, and makes up one for anything else", () => {
    for (const kept of ["a", "0f8fad5b-d9cb-469f-a165-70867728950e", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "Root=1-67891233-abcdef012345678912345678", "lb:trace/42.7"]) expect(preload.requestIdOf(kept)).toBe(kept);
    for (const replaced of [undefined, "", " padded", "has space", "semi;colon", "x".repeat(129), "-dash-first", "é", ["a", "b"]]) {
      expect(preload.requestIdOf(replaced)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("names routes by their pattern, never by a path that may hold a secret", () => {
    expect(preload.routeOf("/_next/static/chunks/app.js")).toBe("/_next/*");
    expect(preload.routeOf("/somewhere/nobody/routes?x=1")).toBe("(unmatched)");
    // From the app's own folders (route groups add no segment), in production and in development alike.
    expect(preload.routeOf("/")).toBe("/");
    expect(preload.routeOf("/api/v1/health?probe=1")).toBe("/api/v1/health");
    expect(preload.routeOf("/wall/s3cr3t-link-token")).toBe("/wall/[token]");
    expect(preload.routeOf("/unsubscribe/another-secret/")).toBe("/unsubscribe/[token]");
    expect(preload.routeOf("/reps/rep-1/log")).toBe("/reps/[repId]/log");
    expect(preload.routeOf("/teams/team-1.rsc")).toBe("/teams/[teamId]");
  });

  it("gives each request its id, on the request, in the answer and in the context the app adds who asked to", async () => {
    const sent = await get("/", { "X-Request-Id": "trace-7" });
    expect(sent.id).toBe("trace-7");
    expect(JSON.parse(sent.body)).toEqual({ seen: "trace-7", context: { requestId: "trace-7", userId: "user-1", tokenId: "token-1" } });
    const made = await get("/", { "X-Request-Id": "no good" });
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(made.body).context.requestId).toBe(made.id);
    // Outside a request there is no context, and noting an actor does nothing.
    expect(currentRequestLog()).toBeUndefined();
    expect(() => noteActor("nobody")).not.toThrow();
  });
});
