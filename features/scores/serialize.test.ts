import { describe, expect, it } from "vitest";
import { pillarsJson, scoreJson, scoreValuesJson } from "./serialize";

describe("score JSON", () => {
  it("turns exact decimals into JSON numbers and unknown optional values into null", () => {
    expect(scoreValuesJson({ total: "53", brand: "20.973", people: "6.38", insights: "10.25", relationships: "15", industryRankPct: "12", networkRankPct: null })).toEqual({
      total: 53,
      brand: 20.973,
      people: 6.38,
      insights: 10.25,
      relationships: 15,
      industryRankPct: 12,
      networkRankPct: null,
      industryAvg: null,
      networkAvg: null,
    });
  });

  it("writes a stored entry with its month, source, author and time", () => {
    const json = scoreJson("u1", {
      month: "2026-11",
      total: "40",
      brand: "10",
      people: "10",
      insights: "10",
      relationships: "10",
      industryRankPct: null,
      networkRankPct: "3.5",
      industryAvg: "23",
      networkAvg: null,
      source: "PASTE",
      enteredBy: { id: "m1", name: "Marc" },
      updatedAt: "2026-11-20T10:00:00.000Z",
    });
    expect(json).toEqual({
      userId: "u1",
      month: "2026-11",
      total: 40,
      brand: 10,
      people: 10,
      insights: 10,
      relationships: 10,
      industryRankPct: null,
      networkRankPct: 3.5,
      industryAvg: 23,
      networkAvg: null,
      source: "PASTE",
      enteredBy: { id: "m1", name: "Marc" },
      updatedAt: "2026-11-20T10:00:00.000Z",
    });
  });

  it("gives the four pillars as numbers", () => {
    expect(pillarsJson({ brand: "1.5", people: "2", insights: "0", relationships: "25" })).toEqual({ brand: 1.5, people: 2, insights: 0, relationships: 25 });
  });
});
