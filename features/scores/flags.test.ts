import { describe, expect, it } from "vitest";
import { plausibilityFlags } from "./flags";

const base = { total: "40", brand: "10", people: "10", insights: "10", relationships: "10" };

describe("plausibilityFlags", () => {
  it("flags nothing for an ordinary month", () => {
    expect(plausibilityFlags({ ...base, total: "44", brand: "14" }, base)).toEqual([]);
  });

  it("flags a jump of more than 15 points, up or down", () => {
    const up = { total: "56", brand: "16", people: "16", insights: "12", relationships: "12" };
    expect(plausibilityFlags(up, base)).toEqual([{ kind: "jump", delta: 16 }]);
    expect(plausibilityFlags(base, up)).toEqual([{ kind: "jump", delta: -16 }]);
    const exactly15 = { total: "55", brand: "15", people: "15", insights: "13", relationships: "12" };
    expect(plausibilityFlags(exactly15, base)).toEqual([]);
  });

  it("flags a pillar that moved more than 8 points", () => {
    const moved = { total: "48", brand: "18.5", people: "9.5", insights: "10", relationships: "10" };
    expect(plausibilityFlags(moved, base)).toEqual([{ kind: "pillar-move", pillar: "brand", delta: 8.5 }]);
  });

  it("flags a total that matches the pillars only at the edge of the 1-point tolerance", () => {
    const edge = { total: "41", brand: "10", people: "10", insights: "10", relationships: "10.1" };
    expect(plausibilityFlags(edge, null)).toEqual([{ kind: "total-edge", gap: 0.9 }]);
    const rounded = { total: "53", brand: "20.973", people: "6.38", insights: "10.25", relationships: "15" };
    expect(plausibilityFlags(rounded, null)).toEqual([]);
  });

  it("without a previous month, only the total can be flagged", () => {
    expect(plausibilityFlags({ ...base, total: "95", brand: "25", people: "25", insights: "25", relationships: "20" }, null)).toEqual([]);
  });
});

describe("plausibility flags at their limits", () => {
  it("does not flag a pillar that moved exactly 8 points", () => {
    const moved = { total: "48", brand: "18", people: "10", insights: "10", relationships: "10" };
    expect(plausibilityFlags(moved, base)).toEqual([]);
  });

  it("does not flag a total exactly half a point from the pillars, only beyond it", () => {
    const half = { total: "40.5", brand: "10", people: "10", insights: "10", relationships: "10" };
    expect(plausibilityFlags(half, null)).toEqual([]);
    const beyond = { ...half, total: "40.501" };
    expect(plausibilityFlags(beyond, null)).toEqual([{ kind: "total-edge", gap: 0.501 }]);
  });
});
