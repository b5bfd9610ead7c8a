import { describe, expect, it } from "vitest";
import {
  decimalString,
  EMPTY_FORM_VALUES,
  formValuesOf,
  pickScoreValues,
  SCORE_FIELDS,
  SCORE_VALUES,
  scoreValuesOf,
  VALUE_RULES,
} from "./score";

const decimal = (text: string) => ({ toString: () => text });

describe("score fields", () => {
  it("lists the month and the nine values once, in the form's order", () => {
    expect(SCORE_FIELDS).toEqual(["month", ...SCORE_VALUES]);
    expect(SCORE_VALUES).toEqual([
      "total", "brand", "people", "insights", "relationships", "industryRankPct", "networkRankPct", "industryAvg", "networkAvg",
    ]);
  });

  it("gives each value its range and decimals", () => {
    expect(VALUE_RULES.total).toEqual({ min: 0, max: 100, maxDecimals: 3, rangeCode: "total-range" });
    expect(VALUE_RULES.insights).toEqual({ min: 0, max: 25, maxDecimals: 3, rangeCode: "pillar-range" });
    expect(VALUE_RULES.networkRankPct).toEqual({ min: 1, max: 100, maxDecimals: 2, rangeCode: "rank-range" });
    expect(VALUE_RULES.industryAvg).toEqual({ min: 0, max: 100, maxDecimals: 3, rangeCode: "avg-range" });
  });

  it("reads a database row's decimals as exact strings, unknown values as null", () => {
    expect(decimalString(null)).toBeNull();
    expect(decimalString(decimal("13.118"))).toBe("13.118");
    const row = {
      id: "x", total: decimal("53"), brand: decimal("20.973"), people: decimal("6.38"), insights: decimal("10.25"), relationships: decimal("15"),
      industryRankPct: decimal("12"), networkRankPct: null, industryAvg: null, networkAvg: decimal("30.5"),
    };
    expect(scoreValuesOf(row)).toEqual({
      total: "53", brand: "20.973", people: "6.38", insights: "10.25", relationships: "15",
      industryRankPct: "12", networkRankPct: null, industryAvg: null, networkAvg: "30.5",
    });
  });

  it("keeps the nine values of a larger object and nothing else", () => {
    const values = { total: "40", brand: "10", people: "10", insights: "10", relationships: "10", industryRankPct: null, networkRankPct: null, industryAvg: "22", networkAvg: null };
    expect(pickScoreValues({ ...values, month: "2026-11", totalComputed: true } as typeof values)).toEqual(values);
  });

  it("shows unknown values as empty form fields", () => {
    expect(Object.values(EMPTY_FORM_VALUES)).toEqual(Array(9).fill(""));
    expect(formValuesOf({ total: "41", brand: "10.4", industryAvg: null })).toEqual({ ...EMPTY_FORM_VALUES, total: "41", brand: "10.4" });
  });
});
