// The paste reader at the edges of what it accepts: limits, layouts of the
// total, spacing, and the optional ranks, averages and date.
import { describe, expect, it } from "vitest";
import { PILLARS } from "../score";
import { PILLAR_LABELS, TOTAL_MARKERS } from "./labels";
import { parseSsiPage } from "./parse";

/** The four pillars, a label line then a number line. */
function pillars(brand: string, people: string, insights: string, relationships: string): string {
  return [
    "Establish your professional brand", brand,
    "Find the right people", people,
    "Engage with insights", insights,
    "Build relationships", relationships,
  ].join("\n");
}

const score = (text: string) => {
  const result = parseSsiPage(text);
  return result.ok ? result.score : result.reason;
};

describe("paste reader limits", () => {
  it("accepts a pillar of exactly 25 and a total of exactly 100", () => {
    expect(score(`Current Social Selling Index\n100\nout of 100\n${pillars("25", "25", "25", "24.2")}`)).toMatchObject({
      total: "100",
      brand: "25",
    });
  });

  it("ignores a total above 100 and falls back on the pillars' sum", () => {
    expect(score(`Current Social Selling Index\n140\nout of 100\n${pillars("10", "10", "10", "10")}`)).toMatchObject({
      total: "40",
    });
  });

  it("accepts a total exactly 1 point from the pillars and refuses one further away", () => {
    expect(score(`Your SSI: 41\n${pillars("10", "10", "10", "10")}`)).toMatchObject({ total: "41" });
    expect(score(`Your SSI: 42\n${pillars("10", "10", "10", "10")}`)).toBe("no-match");
  });

  it("refuses a lone set whose total is on the page but does not match", () => {
    expect(score(`Your SSI: 60\n${pillars("10", "10", "10", "10")}`)).toBe("no-match");
  });

  it("reports incomplete pillars when a pillar's number is missing", () => {
    expect(score(pillars("10", "10", "10", "").trim())).toBe("incomplete-pillars");
  });
});

describe("paste reader layouts of the total", () => {
  // They add up to 40.4: a total of 41 can only come from the page.
  const four = pillars("10", "10", "10", "10.4");

  it("reads 'N out of 100', 'N sur 100' and 'N / 100' on one line", () => {
    for (const line of ["41 out of 100", "41 sur 100", "41 / 100", "41/100"]) {
      expect(score(`Social Selling Index\n${line}\n${four}`), line).toMatchObject({ total: "41" });
    }
  });

  it("reads the total after a marker on its line, or on the line before the marker", () => {
    expect(score(`Your Social Selling Index: 41\n${four}`)).toMatchObject({ total: "41" });
    expect(score(`41\nYour Social Selling Index\n${four}`)).toMatchObject({ total: "41" });
    expect(score(`Social Selling Index\n41\nout of 100\n${four}`)).toMatchObject({ total: "41" });
  });

  it("does not take a number inside a word for the total", () => {
    expect(score(`Your SSI v41\n${four}`)).toMatchObject({ total: "40" });
  });

  it("reads a pillar's number on its own line, with ' / 25', or after a colon or a dash", () => {
    const text = [
      "Your SSI: 40",
      "Establish your professional brand: 10",
      "Find the right people – 10",
      "Engage with insights",
      "10 / 25",
      "Build relationships | 10.4",
    ].join("\n");
    expect(score(text)).toMatchObject({ total: "40", brand: "10", people: "10", insights: "10", relationships: "10.4" });
  });

  it("reads labels whatever the spacing, tabs and non-breaking spaces", () => {
    const text = "Your  SSI:\t40\nEstablish\u00a0your  professional brand\n10\nFind the\tright people\n10\nEngage with insights\n10\nBuild relationships\n10.4";
    expect(score(text)).toMatchObject({ total: "40", brand: "10", people: "10" });
  });
});

describe("paste reader extras", () => {
  const base = `Your SSI: 40\n${pillars("10", "10", "10", "10.4")}`;

  it("takes a rank's kind from the line before or after 'Top N%', never from another rank line", () => {
    expect(score(`Industry SSI rank\nTop 7%\n${base}`)).toMatchObject({ industryRankPct: "7" });
    expect(score(`Top 9%\nNetwork SSI rank\n${base}`)).toMatchObject({ networkRankPct: "9" });
    const twoRanks = score(`Top 8%\nTop 3% Industry SSI rank\n${base}`);
    expect(twoRanks).toMatchObject({ industryRankPct: "3" });
    expect(twoRanks).not.toHaveProperty("networkRankPct");
    expect(score(`Top 8%\n${base}`)).not.toHaveProperty("industryRankPct");
  });

  it("keeps the first rank of a kind and refuses a rank with three decimals", () => {
    expect(score(`Top 4% Industry SSI rank\nTop 6% Industry SSI rank\n${base}`)).toMatchObject({ industryRankPct: "4" });
    expect(score(`Top 4.125% Industry SSI rank\n${base}`)).not.toHaveProperty("industryRankPct");
  });

  it("reads averages by the section they are in, ignoring percentages and numbers over 100", () => {
    const text = [
      base,
      "People in your industry",
      "Sales professionals have an average SSI of 23.",
      "People in your network",
      "People here have an average SSI of 31,5.",
    ].join("\n");
    expect(score(text)).toMatchObject({ industryAvg: "23", networkAvg: "31.5" });
    expect(score(`${base}\nPeople in your industry\nThe top 5% have an average SSI of 150.`)).not.toHaveProperty("industryAvg");
    expect(score(`${base}\nPeople in your network\nAn average SSI of 12% of 30.`)).toMatchObject({ networkAvg: "30" });
  });

  it("takes the averages' kind from their own line before the section", () => {
    const text = `${base}\nPeople in your network\nYour industry has an average SSI of 22.\nYour network has an average SSI of 33.`;
    expect(score(text)).toMatchObject({ industryAvg: "22", networkAvg: "33" });
  });

  it("dates the page in English, French and Portuguese, only when one month appears", () => {
    expect(score(`Last updated Nov. 24, 2026\n${base}`)).toMatchObject({ month: "2026-11" });
    expect(score(`Dernière mise à jour : 2 novembre 2026\n${base}`)).toMatchObject({ month: "2026-11" });
    expect(score(`Última atualização: 3 de outubro de 2026\n${base}`)).toMatchObject({ month: "2026-10" });
    expect(score(`Updated October 2026 and November 2026\n${base}`)).not.toHaveProperty("month");
    expect(score(`Updated Smarch 2026\n${base}`)).not.toHaveProperty("month");
  });
});

describe("paste reader wordings", () => {
  it("reads every wording LinkedIn has used for each pillar", () => {
    for (const pillar of PILLARS) {
      for (const label of PILLAR_LABELS[pillar]) {
        const lines = PILLARS.map((p) => `${p === pillar ? label : PILLAR_LABELS[p][0]}\n10`);
        expect(score(`Your SSI: 40\n${lines.join("\n")}`), label).toMatchObject({ total: "40", [pillar]: "10" });
      }
    }
  });

  it("finds the total next to every wording of 'your SSI'", () => {
    for (const marker of TOTAL_MARKERS) {
      expect(score(`${marker}\n41\n${pillars("10", "10", "10", "10.4")}`), marker).toMatchObject({ total: "41" });
    }
  });
});
