import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackUrl("/reps/abc")).toBe("/reps/abc");
    expect(safeCallbackUrl("/teams/t1?month=2026-11")).toBe("/teams/t1?month=2026-11");
  });

  it("keeps only the path of an absolute URL, so no other origin is reachable", () => {
    expect(safeCallbackUrl("https://evil.example/phish")).toBe("/phish");
    expect(safeCallbackUrl("http://localhost:3000/teams/x")).toBe("/teams/x");
  });

  it("refuses protocol-relative and odd values", () => {
    expect(safeCallbackUrl("//evil.example")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl("javascript:alert(1)")).toBe("/");
    expect(safeCallbackUrl(["/a", "/b"])).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl("/sign-in")).toBe("/");
  });
});
