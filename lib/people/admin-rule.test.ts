import { describe, expect, it } from "vitest";
import { keepsAnAdmin } from "./admin-rule";

describe("keepsAnAdmin", () => {
  it("holds while one active admin stays, or a new one arrives", () => {
    expect(keepsAnAdmin(["ada", "bob"], new Set(["ada"]))).toBe(true);
    expect(keepsAnAdmin(["ada"], new Set(["ada"]), 1)).toBe(true);
    expect(keepsAnAdmin(["ada"], new Set(["someone-else"]))).toBe(true);
  });

  it("fails when every active admin goes and none arrives", () => {
    expect(keepsAnAdmin(["ada"], new Set(["ada"]))).toBe(false);
    expect(keepsAnAdmin(["ada", "bob"], new Set(["ada", "bob"]))).toBe(false);
    expect(keepsAnAdmin([], new Set())).toBe(false);
  });
});
