import { afterEach, describe, expect, it, vi } from "vitest";
import { fromOwnPage, mayCallServerAction } from "./same-origin";

const request = (method: string, headers: Record<string, string>, url?: string) => ({ method, url, headers: new Headers(headers) });

describe("fromOwnPage", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("accepts the app's own origin, by the request's URL, its Host or NEXTAUTH_URL", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://ssi.example.com");
    expect(fromOwnPage(request("POST", { origin: "http://127.0.0.1:3000" }, "http://127.0.0.1:3000/api/v1/scores"))).toBe(true);
    expect(fromOwnPage(request("POST", { origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(fromOwnPage(request("POST", { origin: "https://ssi.example.com", host: "10.0.0.5:3000" }))).toBe(true);
  });

  it("refuses another origin, even on a read", () => {
    expect(fromOwnPage(request("GET", { origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(fromOwnPage(request("POST", { origin: "null", host: "localhost:3000" }))).toBe(false);
    // Same host, other scheme: another origin.
    expect(fromOwnPage(request("POST", { origin: "https://localhost:3000", host: "localhost:3000" }))).toBe(false);
  });

  it("lets a write without Origin through only when the browser says it is same-origin", () => {
    expect(fromOwnPage(request("POST", { host: "localhost:3000" }))).toBe(false);
    expect(fromOwnPage(request("POST", { host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(fromOwnPage(request("POST", { host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(fromOwnPage(request("GET", { host: "localhost:3000" }))).toBe(true);
  });
});

describe("mayCallServerAction", () => {
  it("is a Next-Action call, or a multipart POST (a form posted without JavaScript), whatever the path", () => {
    expect(mayCallServerAction(request("POST", { "next-action": "7f00" }))).toBe(true);
    expect(mayCallServerAction(request("POST", { "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(mayCallServerAction(request("POST", { "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(mayCallServerAction(request("POST", { "content-type": "application/json" }))).toBe(false);
    expect(mayCallServerAction(request("GET", { "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
  });
});
