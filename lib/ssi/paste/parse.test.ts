import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSsiPage } from "./parse";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseSsiPage", () => {
  it("reads the English page: the rep's own pillars among three sets, ranks, averages and date", () => {
    expect(parseSsiPage(fixture("en-numbers-after.txt"))).toEqual({
      ok: true,
      score: {
        total: "53",
        brand: "20.97",
        people: "6.38",
        insights: "10.25",
        relationships: "15",
        industryRankPct: "85",
        networkRankPct: "12",
        industryAvg: "23",
        networkAvg: "30",
        month: "2026-11",
      },
    });
  });

  it("reads the French page with decimal commas and narrow spaces", () => {
    const text = fixture("fr-decimal-commas.txt").replace("Top 4 %", "Top\u00a04\u202f%");
    expect(parseSsiPage(text)).toEqual({
      ok: true,
      score: {
        total: "67",
        brand: "18.412",
        people: "15.9",
        insights: "13.118",
        relationships: "19.75",
        industryRankPct: "4",
        networkRankPct: "9",
        industryAvg: "24",
        networkAvg: "31",
        month: "2026-11",
      },
    });
  });

  it("reads the Portuguese page with numbers before the labels and rank lines 'Top 22% …'", () => {
    expect(parseSsiPage(fixture("pt-numbers-before.txt"))).toEqual({
      ok: true,
      score: {
        total: "41",
        brand: "12.5",
        people: "9.25",
        insights: "7",
        relationships: "12.634",
        industryRankPct: "22",
        networkRankPct: "35",
        industryAvg: "26",
        networkAvg: "29",
        month: "2026-10",
      },
    });
  });

  it("reads numbers on the label's line and LinkedIn's older wording ('Create a professional brand')", () => {
    expect(parseSsiPage(fixture("en-inline-old-wording.txt"))).toEqual({
      ok: true,
      score: {
        total: "74",
        brand: "21.306",
        people: "17.25",
        insights: "16.8",
        relationships: "18.944",
        industryRankPct: "2",
        networkRankPct: "5",
      },
    });
  });

  it("computes the total of a lone set of pillars copied without it", () => {
    const text = "Establish your professional brand\n20,973\nFind the right people\n6,38\nEngage with insights\n10,25\nBuild relationships\n15";
    expect(parseSsiPage(text)).toEqual({
      ok: true,
      score: { total: "53", brand: "20.973", people: "6.38", insights: "10.25", relationships: "15" },
    });
  });

  it("refuses three sets of pillars without a total: which one is the rep's?", () => {
    expect(parseSsiPage(fixture("refused-no-total-three-sets.txt"))).toEqual({ ok: false, reason: "no-match" });
  });

  it("refuses when two sets add up to the total", () => {
    expect(parseSsiPage(fixture("refused-ambiguous.txt"))).toEqual({ ok: false, reason: "ambiguous" });
  });

  it("refuses pillars that do not add up to the total", () => {
    expect(parseSsiPage(fixture("refused-mismatch.txt"))).toEqual({ ok: false, reason: "no-match" });
  });

  it("refuses a page with a pillar missing", () => {
    expect(parseSsiPage(fixture("refused-incomplete.txt"))).toEqual({ ok: false, reason: "incomplete-pillars" });
  });

  it("refuses text that is not an SSI page, and empty text", () => {
    expect(parseSsiPage("Dear team, lunch is at noon. Top 10% of the class!")).toEqual({ ok: false, reason: "no-pillars" });
    expect(parseSsiPage("  \n \n")).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses a pillar above 25 rather than misreading it", () => {
    const text = "Current Social Selling Index\n53\nEstablish your professional brand\n30\nFind the right people\n6\nEngage with insights\n10\nBuild relationships\n7";
    expect(parseSsiPage(text).ok).toBe(false);
  });
});
