import { describe, expect, it } from "vitest";
import type { TierSetDef } from "./kinds";
import { nextTier, tierFor, tiersInForce } from "./tiers";

const reward = (text: string) => ({ text, amount: null, currency: null });
const gold = { name: "Gold", minTotal: "70", reward: reward("€150") };
const silver = { name: "Silver", minTotal: "60", reward: reward("€75") };
const platinum = { name: "Platinum", minTotal: "80", reward: reward("€300") };
const sets: TierSetDef[] = [
  { effectiveFrom: "2026-09", tiers: [silver, gold, platinum] },
  { effectiveFrom: "2026-01", tiers: [silver, gold] },
];

describe("tiers", () => {
  it("judges each month by the set in force that month: a later set never changes an earlier month", () => {
    expect(tiersInForce(sets, "2025-12")).toEqual([]);
    expect(tiersInForce(sets, "2026-01").map((t) => t.name)).toEqual(["Silver", "Gold"]);
    expect(tiersInForce(sets, "2026-08").map((t) => t.name)).toEqual(["Silver", "Gold"]);
    expect(tiersInForce(sets, "2026-09").map((t) => t.name)).toEqual(["Silver", "Gold", "Platinum"]);
    expect(tierFor(tiersInForce(sets, "2026-08"), "85")?.name).toBe("Gold");
    expect(tierFor(tiersInForce(sets, "2026-09"), "85")?.name).toBe("Platinum");
  });

  it("gives the highest tier reached, counting a total equal to the minimum, and none below the lowest", () => {
    const tiers = [silver, gold];
    expect(tierFor(tiers, "70")?.name).toBe("Gold");
    expect(tierFor(tiers, "69.999")?.name).toBe("Silver");
    expect(tierFor(tiers, "59.999")).toBeNull();
    expect(tierFor(tiers, null)).toBeNull();
    expect(tierFor([], "99")).toBeNull();
  });

  it("says what the next tier needs, and nothing at the top", () => {
    expect(nextTier([gold, silver], "55.5")).toEqual({ tier: silver, needs: "4.5" });
    expect(nextTier([gold, silver], "60")).toEqual({ tier: gold, needs: "10" });
    expect(nextTier([gold, silver], null)).toEqual({ tier: silver, needs: "60" });
    expect(nextTier([gold, silver], "70")).toBeNull();
  });
});
