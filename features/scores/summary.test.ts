import { describe, expect, it } from "vitest";
import type { ScoreView } from "./score";
import { summarise } from "./summary";

const entry = (month: string, total: string, brand = "10", people = "10", insights = "10", relationships = "10"): ScoreView => ({
  month: month as ScoreView["month"], total, brand, people, insights, relationships,
  industryRankPct: null, networkRankPct: null, industryAvg: null, networkAvg: null,
});

describe("summarise", () => {
  it("gives the change since the previous calendar month and the weakest pillar", () => {
    const s = summarise([entry("2026-10", "38"), entry("2026-11", "41", "12", "9.5", "10", "9.7")]);
    expect(s).toMatchObject({ change: "3", weakest: "people", flags: [] });
    expect(s?.latest.month).toBe("2026-11");
  });

  it("gives no change when the previous month is missing, never a comparison with an older month", () => {
    expect(summarise([entry("2026-09", "30"), entry("2026-11", "41", "12", "9", "10", "10")])?.change).toBeNull();
  });

  it("reports negative changes and the month's flags", () => {
    const s = summarise([entry("2026-11", "20", "5", "5", "5", "5"), entry("2026-10", "40")]);
    expect(s?.change).toBe("-20");
    expect(s?.flags.map((f) => f.kind)).toEqual(["jump"]);
  });

  it("is null without entries", () => {
    expect(summarise([])).toBeNull();
  });
});
