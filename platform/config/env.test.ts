import { afterEach, describe, expect, it, vi } from "vitest";
import { isHttpsOrLoopback } from "./env";

describe("isHttpsOrLoopback", () => {
  it("accepts https anywhere, plain http only on this machine", () => {
    expect(isHttpsOrLoopback("https://ssi.example.com")).toBe(true);
    expect(isHttpsOrLoopback("http://localhost:3000")).toBe(true);
    expect(isHttpsOrLoopback("http://127.0.0.1:3000")).toBe(true);
    expect(isHttpsOrLoopback("http://[::1]:3000")).toBe(true);
    expect(isHttpsOrLoopback("http://ssi.example.com")).toBe(false);
    expect(isHttpsOrLoopback("http://192.168.1.20:3000")).toBe(false);
    expect(isHttpsOrLoopback("http://localhost.evil.example")).toBe(false);
    expect(isHttpsOrLoopback("ftp://localhost")).toBe(false);
  });
});

describe("the server configuration in production", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function configured(url: string | undefined, extra: Record<string, string> = {}) {
    vi.resetModules();
    for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgresql://app@db.example:5432/ssi");
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
    vi.stubEnv("NEXTAUTH_URL", url);
    const { serverEnv } = await import("./env");
    return () => serverEnv();
  }

  it("requires NEXTAUTH_URL, so that cookies never lose Secure", async () => {
    expect(await configured(undefined)).toThrow("NEXTAUTH_URL is required in production");
  });

  it("refuses plain http but on this machine", async () => {
    expect(await configured("http://ssi.example.com")).toThrow("NEXTAUTH_URL must be an https:// URL");
    expect((await configured("http://localhost:3000"))().NEXTAUTH_URL).toBe("http://localhost:3000");
    expect((await configured("https://ssi.example.com"))().NEXTAUTH_URL).toBe("https://ssi.example.com");
  });

  it("sizes the request pool from SSI_DB_POOL_SIZE, 10 by default, and refuses what is not a count", async () => {
    expect((await configured("https://ssi.example.com"))().SSI_DB_POOL_SIZE).toBe(10);
    expect((await configured("https://ssi.example.com", { SSI_DB_POOL_SIZE: "25" }))().SSI_DB_POOL_SIZE).toBe(25);
    for (const wrong of ["0", "2.5", "many", "500"]) {
      expect(await configured("https://ssi.example.com", { SSI_DB_POOL_SIZE: wrong })).toThrow("SSI_DB_POOL_SIZE must be a whole number from 1 to 200");
    }
  });
});
