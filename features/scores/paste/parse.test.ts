// The paste reader on pages written for it: LinkedIn's SSI page in seven
// languages, each in both layouts (numbers on their own lines, and numbers
// on the labels' lines), the ranks' figures above or below their labels, a
// page whose labels it does not know, and the texts it must refuse.
import { describe, expect, it } from "vitest";
import { CONTRADICTED, fixture, READABLE } from "./fixtures/readable";
import { parseSsiPage } from "./parse";

describe("parseSsiPage reads LinkedIn's page", () => {
  it.each(Object.entries(READABLE))("%s", (name, score) => {
    expect(parseSsiPage(fixture(name))).toEqual({ ok: true, score });
  });

  it("reads the French page with narrow and non-breaking spaces in the ranks", () => {
    const text = fixture("fr-lines.txt").replace("Top 4 %", "Top\u00a04\u202f%");
    expect(parseSsiPage(text)).toMatchObject({ ok: true, score: { industryRankPct: "4", total: "67" } });
  });

  it.each(Object.entries(CONTRADICTED))("%s: leaves empty the ranks whose two copies disagree", (name, { score, refused }) => {
    expect(parseSsiPage(fixture(name))).toEqual({ ok: true, score, refused });
  });

  it("reads Windows line ends and blank lines between a label and its number", () => {
    const text = fixture("de-lines.txt").replace(/\n/g, "\r\n\r\n");
    expect(parseSsiPage(text)).toEqual({ ok: true, score: READABLE["de-lines.txt"] });
  });
});

describe("parseSsiPage refuses, with the reason", () => {
  it.each([
    ["refused-no-total.txt", "no-total"],
    ["refused-no-total-three-sets.txt", "no-total"],
    ["refused-ambiguous.txt", "ambiguous"],
    ["refused-mismatch.txt", "no-match"],
    ["refused-incomplete.txt", "incomplete-pillars"],
    ["refused-out-of-order.txt", "no-match"],
  ])("%s: %s", (name, reason) => {
    expect(parseSsiPage(fixture(name))).toEqual({ ok: false, reason });
  });

  it("refuses a page whose two totals disagree, with both figures", () => {
    expect(parseSsiPage(fixture("refused-contradicted-total.txt"))).toEqual({
      ok: false,
      reason: "contradicted-total",
      values: ["58", "53"],
    });
  });

  it("refuses text that is not an SSI page, and empty text", () => {
    expect(parseSsiPage("Dear team, lunch is at noon. Top 10% of the class!")).toEqual({ ok: false, reason: "no-pillars" });
    expect(parseSsiPage("  \n \n")).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses a pillar above 25 rather than misreading it", () => {
    const text = "Current Social Selling Index\n53\nout of 100\nEstablish your professional brand\n30\nFind the right people\n6\nEngage with insights\n10\nBuild relationships\n7";
    expect(parseSsiPage(text).ok).toBe(false);
  });
});
