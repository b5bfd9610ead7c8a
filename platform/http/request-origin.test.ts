import { afterEach, describe, expect, it, vi } from "vitest";

const fromEvil = () => new Request("http://evil.example/api/v1/users", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });

/** requestOrigin with this configuration, loaded afresh (the configuration is read once). */
async function origin(env: Record<string, string | undefined>, request = fromEvil()): Promise<string> {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", "postgresql://app@db.example:5432/ssi");
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { requestOrigin } = await import("./http");
  return requestOrigin(request);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

// Loading the HTTP module afresh takes seconds on a busy machine.
describe("requestOrigin (where the links the app hands out point)", { timeout: 30_000 }, () => {
  it("is NEXTAUTH_URL in production, whatever Host the request names", async () => {
    const production = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40) };
    expect(await origin({ ...production, NEXTAUTH_URL: "https://ssi.example.com" })).toBe("https://ssi.example.com");
    expect(await origin({ ...production, NEXTAUTH_URL: "https://ssi.example.com/" })).toBe("https://ssi.example.com");
  });

  it("is NEXTAUTH_URL on a development server that has it", async () => {
    expect(await origin({ NEXTAUTH_URL: "http://localhost:3000" })).toBe("http://localhost:3000");
  });

  it("is the address the request came to only on a development server without NEXTAUTH_URL", async () => {
    const phone = new Request("http://localhost:3000/api/v1/users", { headers: { host: "192.168.1.20:3000" } });
    expect(await origin({ NEXTAUTH_URL: undefined }, phone)).toBe("http://192.168.1.20:3000");
  });
});
