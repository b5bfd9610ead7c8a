import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackUrl("/reps/abc")).toBe("/reps/abc");
    expect(safeCallbackUrl("/teams/t1?month=2026-11")).toBe("/teams/t1?month=2026-11");
    expect(safeCallbackUrl("/leaderboard?team=all#top")).toBe("/leaderboard?team=all#top");
  });

  it("refuses absolute URLs, even of this site (the app's own links are paths)", () => {
    expect(safeCallbackUrl("https://evil.example/phish")).toBe("/");
    expect(safeCallbackUrl("http://localhost:3000/teams/x")).toBe("/");
    expect(safeCallbackUrl("javascript:alert(1)")).toBe("/");
  });

  it("refuses what a browser would read as another origin", () => {
    // The review's finding: browsers drop the tab and go to //evil.example.
    expect(safeCallbackUrl("/\t/evil.example")).toBe("/");
    expect(safeCallbackUrl("/\n/evil.example")).toBe("/");
    expect(safeCallbackUrl("/\r\n/evil.example")).toBe("/");
    expect(safeCallbackUrl("//evil.example")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl("/\\/evil.example")).toBe("/");
    expect(safeCallbackUrl(" //evil.example")).toBe("/");
    expect(safeCallbackUrl("/%2F/evil.example")).toBe("/%2F/evil.example");
    expect(safeCallbackUrl("/..//evil.example")).toBe("/");
    expect(safeCallbackUrl("/\u0085/evil.example")).toBe("/");
  });

  it("refuses odd values and the pages a redirect must not go to", () => {
    expect(safeCallbackUrl(["/a", "/b"])).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl("")).toBe("/");
    expect(safeCallbackUrl("/sign-in")).toBe("/");
    expect(safeCallbackUrl("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeCallbackUrl("/api/v1/me")).toBe("/");
  });
});
