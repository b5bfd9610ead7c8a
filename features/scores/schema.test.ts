import { describe, expect, it } from "vitest";
import { z } from "zod";
import { scoreFieldErrors, scoreInputSchema } from "./schema";

const schema = scoreInputSchema("2026-11");
const valid = { month: "2026-11", brand: "20.973", people: "6.38", insights: "10.25", relationships: "15" };

function errorsOf(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : scoreFieldErrors(result.error);
}

describe("score input", () => {
  it("accepts a rounded total within 1 point of the pillars' sum (52.603 → 53)", () => {
    const result = schema.parse({ ...valid, total: "53" });
    expect(result).toMatchObject({ total: "53", totalComputed: false, brand: "20.973", people: "6.38" });
  });

  it("computes a blank total as the rounded sum of the pillars", () => {
    expect(schema.parse({ ...valid, total: "" })).toMatchObject({ total: "53", totalComputed: true });
    expect(schema.parse(valid)).toMatchObject({ total: "53" });
  });

  it("reads decimal commas and keeps three decimals exactly as typed", () => {
    const result = schema.parse({ month: "2026-10", brand: "13,118", people: "12,5", insights: "0", relationships: "25" });
    expect(result).toMatchObject({ brand: "13.118", people: "12.5", total: "51" });
  });

  it("accepts numbers as well as strings (the JSON API)", () => {
    expect(schema.parse({ ...valid, brand: 20.973, total: 53 })).toMatchObject({ brand: "20.973", total: "53" });
  });

  it("refuses a total further than 1 point from the pillars, naming the sum", () => {
    expect(errorsOf({ ...valid, total: "55" }).total).toEqual({ code: "total-mismatch", params: { sum: "52.603" } });
  });

  it("refuses pillars outside 0–25, with more than 3 decimals, or not numbers", () => {
    expect(errorsOf({ ...valid, brand: "25.001" }).brand?.code).toBe("pillar-range");
    expect(errorsOf({ ...valid, brand: "-1" }).brand?.code).toBe("not-a-number");
    expect(errorsOf({ ...valid, people: "6.3801" }).people?.code).toBe("too-many-decimals");
    expect(errorsOf({ ...valid, insights: "ten" }).insights?.code).toBe("not-a-number");
    expect(errorsOf({ ...valid, relationships: "" }).relationships?.code).toBe("required");
    expect(errorsOf({ month: "2026-11" }).brand?.code).toBe("required");
  });

  it("checks ranks (1–100 %) and averages (0–100)", () => {
    expect(schema.parse({ ...valid, industryRankPct: "12", networkRankPct: "1", industryAvg: "0", networkAvg: "100" }))
      .toMatchObject({ industryRankPct: "12", networkRankPct: "1", industryAvg: "0", networkAvg: "100" });
    expect(errorsOf({ ...valid, industryRankPct: "0" }).industryRankPct?.code).toBe("rank-range");
    expect(errorsOf({ ...valid, networkRankPct: "101" }).networkRankPct?.code).toBe("rank-range");
    expect(errorsOf({ ...valid, industryAvg: "100.5" }).industryAvg?.code).toBe("avg-range");
  });

  it("refuses a future month and a malformed one", () => {
    expect(errorsOf({ ...valid, month: "2026-12" }).month?.code).toBe("month-future");
    expect(errorsOf({ ...valid, month: "2026-13" }).month?.code).toBe("month-invalid");
    expect(errorsOf({ ...valid, month: "" }).month?.code).toBe("required");
    expect(schema.parse({ ...valid, month: "2025-01" }).month).toBe("2025-01");
  });

  it("ignores fields it does not know, such as userId or role", () => {
    const result = schema.parse({ ...valid, userId: "someone-else", role: "ADMIN" });
    expect(result).not.toHaveProperty("userId");
    expect(result).not.toHaveProperty("role");
  });
});

describe("score input at its limits", () => {
  it("accepts a total exactly 1 point from the pillars' sum and refuses 1.001 points", () => {
    const sum40 = { month: "2026-11", brand: "10", people: "10", insights: "10", relationships: "10" };
    expect(schema.parse({ ...sum40, total: "41" }).total).toBe("41");
    expect(schema.parse({ ...sum40, total: "39" }).total).toBe("39");
    expect(errorsOf({ ...sum40, total: "41.001" }).total?.code).toBe("total-mismatch");
    expect(errorsOf({ ...sum40, total: "38.999" }).total?.code).toBe("total-mismatch");
  });

  it("accepts each range's bounds and refuses just beyond them", () => {
    expect(schema.parse({ ...valid, brand: "0", people: "25", insights: "0", relationships: "25", total: "50" }).total).toBe("50");
    expect(errorsOf({ ...valid, total: "100.001" }).total?.code).toBe("total-range");
    expect(schema.parse({ month: "2026-11", brand: "25", people: "25", insights: "25", relationships: "25", total: "100" }).total).toBe("100");
    expect(errorsOf({ ...valid, industryRankPct: "0.99" }).industryRankPct?.code).toBe("rank-range");
    expect(errorsOf({ ...valid, networkAvg: "100.001" }).networkAvg?.code).toBe("avg-range");
    expect(errorsOf({ ...valid, industryAvg: "100.001" }).industryAvg?.code).toBe("avg-range");
  });

  it("says how many decimals a field allows", () => {
    expect(errorsOf({ ...valid, industryRankPct: "12.345" }).industryRankPct).toEqual({
      code: "too-many-decimals",
      params: { decimals: "2" },
    });
    expect(errorsOf({ ...valid, brand: "1.2345" }).brand).toEqual({ code: "too-many-decimals", params: { decimals: "3" } });
  });

  it("treats null and blank optional fields as absent, and a null pillar as missing", () => {
    const result = schema.parse({ ...valid, total: null, industryAvg: "   ", networkAvg: null });
    expect(result).toMatchObject({ total: "53", totalComputed: true, industryAvg: null, networkAvg: null });
    expect(errorsOf({ ...valid, brand: null }).brand?.code).toBe("required");
    expect(errorsOf({ ...valid, brand: "   " }).brand?.code).toBe("required");
  });

  it("trims the month and the numbers it reads", () => {
    expect(schema.parse({ ...valid, month: " 2026-10 ", total: " 53 " })).toMatchObject({ month: "2026-10", total: "53" });
  });

  it("reports the first error of each field only, and none for unknown fields", () => {
    const result = schema.safeParse({ ...valid, brand: "abc", people: "99" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = scoreFieldErrors(result.error);
    expect(Object.keys(errors).sort()).toEqual(["brand", "people"]);
    const withStrangers = new z.ZodError([
      { code: "custom", path: ["userId"], message: "nope", input: "x" },
      { code: "custom", path: [3], message: "nope", input: "x" },
      { code: "custom", path: ["brand"], message: "first" },
      { code: "custom", path: ["brand"], message: "second" },
    ]);
    expect(scoreFieldErrors(withStrangers)).toEqual({ brand: { code: "first" } });
  });
});
