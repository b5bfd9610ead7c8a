import { afterEach, describe, expect, it, vi } from "vitest";

async function sessionCookieAt(url: string) {
  vi.resetModules();
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("DATABASE_URL", "postgresql://app@db.example:5432/ssi");
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  vi.stubEnv("NEXTAUTH_URL", url);
  return (await import("./cookie")).sessionCookie();
}

describe("the session cookie", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is a __Host- cookie over https: Secure, for the whole site, tied to this host alone", async () => {
    const cookie = await sessionCookieAt("https://ssi.example.com");
    expect(cookie.name).toBe("__Host-ssi-session");
    expect(cookie.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
  });

  it("has no prefix on plain http, which only localhost may use", async () => {
    const cookie = await sessionCookieAt("http://localhost:3000");
    expect(cookie.name).toBe("ssi-session");
    expect(cookie.options.secure).toBe(false);
    expect(cookie.options.httpOnly).toBe(true);
  });
});
