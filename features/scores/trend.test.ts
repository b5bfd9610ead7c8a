import { describe, expect, it } from "vitest";
import { trendPoints, trendStart } from "./trend";

describe("trend points", () => {
  it("starts eleven months before the last month, across a year boundary", () => {
    expect(trendStart("2026-11")).toBe("2025-12");
    expect(trendStart("2026-01")).toBe("2025-02");
  });

  it("gives twelve points, oldest first, with gaps where nothing was logged", () => {
    const points = trendPoints("2026-11", [
      { month: "2026-11", total: "52.5", brand: "13", people: "13", insights: "13", relationships: "13.5", industryAvg: "23", networkAvg: null },
      { month: "2026-01", total: "40", brand: "10", people: "10", insights: "10", relationships: "10" },
      { month: "2025-11", total: "99", brand: "25", people: "25", insights: "25", relationships: "24" },
    ]);
    expect(points).toHaveLength(12);
    expect(points[0]).toEqual({
      month: "2025-12", total: null, brand: null, people: null, insights: null, relationships: null, industryAvg: null, networkAvg: null,
    });
    expect(points[1]).toMatchObject({ month: "2026-01", total: 40, relationships: 10, industryAvg: null });
    expect(points[11]).toEqual({
      month: "2026-11", total: 52.5, brand: 13, people: 13, insights: 13, relationships: 13.5, industryAvg: 23, networkAvg: null,
    });
  });
});
