import { describe, expect, it } from "vitest";
import { SCORE_VALUES, type ScoreValue } from "./score";
import { scoreColumn, scoreColumnList } from "./sql-names";

describe("score fields as SQL names them", () => {
  it("quotes each column so that camelCase keeps its case", () => {
    expect(scoreColumn("industryRankPct")).toBe('"industryRankPct"');
  });

  it("lists every field in the list's order, read as numeric when asked", () => {
    expect(scoreColumnList(SCORE_VALUES)).toBe(SCORE_VALUES.map((f) => `"${f}"`).join(", "));
    expect(scoreColumnList(["total", "brand"], { numeric: true })).toBe('"total"::numeric, "brand"::numeric');
  });

  it("refuses a name that is not a plain identifier rather than splice it into SQL", () => {
    expect(() => scoreColumn('total"; DROP TABLE "User' as ScoreValue)).toThrow(/not a plain column name/);
  });
});
