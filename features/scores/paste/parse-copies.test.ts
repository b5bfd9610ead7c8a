// The paste reader on figures a page gives twice, and on ranks read by the
// page's structure: a right reading or a refusal of the figure, never one of
// two figures picked.
import { describe, expect, it } from "vitest";
import { parseSsiPage } from "./parse";

/** A member's total and pillars (they add up to 40.4), for pages about their ranks and averages. */
const base = [
  "Your SSI: 40",
  "Establish your professional brand", "10",
  "Find the right people", "10",
  "Engage with insights", "10",
  "Build relationships", "10.4",
].join("\n");

// The member's part first: an average right above four pillars makes them a group's.
const read = (...lines: string[]) => parseSsiPage([base, ...lines].join("\n"));
const ranks = (...lines: string[]) => {
  const result = read(...lines);
  if (!result.ok) return result.reason;
  const { industryRankPct, networkRankPct } = result.score;
  return { industryRankPct, networkRankPct, refused: result.refused };
};

describe("ranks read by the page's structure", () => {
  it("reads the header's figures above their labels (LinkedIn's English page)", () => {
    expect(ranks("Top 75%", "Industry SSI rank", "Top 81%", "Network SSI rank")).toEqual({
      industryRankPct: "75",
      networkRankPct: "81",
    });
  });

  it("reads the header's labels above their figures", () => {
    expect(ranks("Classement SSI du secteur", "Top 4 %", "Classement SSI du réseau", "Top 9 %")).toEqual({
      industryRankPct: "4",
      networkRankPct: "9",
    });
  });

  it("reads the network's rank listed first", () => {
    expect(ranks("Top 81%", "Network SSI rank", "Top 75%", "Industry SSI rank")).toEqual({
      industryRankPct: "75",
      networkRankPct: "81",
    });
  });

  it("reads a label of several lines, the group named by any of them", () => {
    expect(ranks("Top 75%", "Learn more", "Industry SSI rank", "Top 81%", "Network SSI rank")).toEqual({
      industryRankPct: "75",
      networkRankPct: "81",
    });
  });

  it("refuses both ranks when the header reads both ways and the two readings disagree", () => {
    expect(ranks("Industry SSI rank", "Top 81%", "Network SSI rank")).toEqual({
      refused: { industryRankPct: { reason: "unclear", values: ["81"] }, networkRankPct: { reason: "unclear", values: ["81"] } },
    });
  });

  it("refuses both ranks when the header reads neither way (labels on both sides)", () => {
    expect(ranks("Network SSI rank", "Top 81%", "Top 75%", "Industry SSI rank")).toEqual({
      refused: {
        industryRankPct: { reason: "unclear", values: ["81", "75"] },
        networkRankPct: { reason: "unclear", values: ["81", "75"] },
      },
    });
  });

  it("reads one layout for the whole page: a figure cut from its label refuses the others' reading", () => {
    // "Industry SSI rank / Top 81%" alone looks like a label above its figure; the page's first figure says otherwise.
    expect(ranks("Top 75%", "250 followers", "Industry SSI rank", "Top 81%", "12:30", "Network SSI rank")).toMatchObject({
      industryRankPct: undefined,
      networkRankPct: undefined,
      refused: { industryRankPct: { reason: "unclear" }, networkRankPct: { reason: "unclear" } },
    });
  });

  it("never gives a lone figure the group of a section heading (a heading is followed by its section's sentences)", () => {
    const result = ranks(
      "Top 85%", "Network SSI rank", "Top 12%",
      "People in your industry", "Software Development sales professionals have an average SSI of 23.",
    );
    expect(result).toMatchObject({ industryRankPct: undefined, networkRankPct: undefined, refused: { networkRankPct: { reason: "unclear" } } });
  });

  it("takes a sentence's group from its own words", () => {
    expect(ranks("You rank in the top 12% of your network")).toEqual({ networkRankPct: "12" });
  });

  it("takes a sentence's group from the section heading it sits under, never from the heading below it", () => {
    expect(
      ranks(
        "People in your industry", "Sales professionals have an average SSI of 23.", "You rank in the top 75%",
        "People in your network", "People in your network have an average SSI of 30.", "You rank in the top 81%",
      ),
    ).toEqual({ industryRankPct: "75", networkRankPct: "81" });
    expect(ranks("People in your industry", "Sales professionals have an average SSI of 23.", "You rank in the top 75%", "People in your network")).toEqual({
      industryRankPct: "75",
    });
  });

  it("never takes a sentence's group from a rank label above it (a label is not a section heading)", () => {
    expect(ranks("Industry SSI rank", "Top 85%", "Network SSI rank", "Top 12%", "Updated daily", "You rank in the top 12%")).toEqual({
      refused: {
        industryRankPct: { reason: "unclear", values: ["85", "12"] },
        networkRankPct: { reason: "unclear", values: ["12"] },
      },
    });
  });

  it("leaves both ranks empty for figures whose groups one line mixes", () => {
    expect(ranks("Top 75% Industry SSI rank · Top 81% Network SSI rank")).toEqual({
      refused: {
        industryRankPct: { reason: "unclear", values: ["75", "81"] },
        networkRankPct: { reason: "unclear", values: ["75", "81"] },
      },
    });
    expect(ranks("You rank in the top 5% of your industry and your network")).toMatchObject({ industryRankPct: undefined, networkRankPct: undefined });
  });

  it("leaves both ranks empty for a figure it cannot place on a page whose words it knows", () => {
    expect(ranks("Top 8%")).toEqual({
      refused: { industryRankPct: { reason: "unclear", values: ["8"] }, networkRankPct: { reason: "unclear", values: ["8"] } },
    });
  });

  it("never reads two figures by LinkedIn's order on a page whose words it knows", () => {
    // The labels were lost: the figures could be in either order.
    expect(ranks("Top 81%", "Top 75%")).toMatchObject({ industryRankPct: undefined, networkRankPct: undefined });
  });

  it("reads two figures by LinkedIn's order on a page whose words it does not know", () => {
    const page = "Twój SSI\n44\nna 100\nTop 15% w branży\nTop 22% w sieci\nAlfa\n11,2\nBeta\n10,5\nGamma\n9,8\nDelta\n12,6";
    expect(parseSsiPage(page)).toMatchObject({ ok: true, score: { industryRankPct: "15", networkRankPct: "22" } });
  });
});

describe("a figure the page gives twice", () => {
  it("reads a rank whose two copies agree", () => {
    expect(ranks("Top 75%", "Industry SSI rank", "People in your industry", "Sales professionals have an average SSI of 23.", "You rank in the top 75%")).toEqual({
      industryRankPct: "75",
    });
  });

  it("refuses a rank whose header and sentence disagree, with both figures in the page's order", () => {
    expect(
      ranks("Top 75%", "Industry SSI rank", "People in your industry", "Sales professionals have an average SSI of 23.", "You rank in the top 70%"),
    ).toEqual({ refused: { industryRankPct: { reason: "contradicted", values: ["75", "70"] } } });
  });

  it("refuses an average whose two copies disagree, and keeps the other group's", () => {
    const result = read("People in your industry", "Sales professionals have an average SSI of 23.", "Your industry has an average SSI of 25.", "Your network has an average SSI of 30.");
    expect(result).toMatchObject({ ok: true, score: { networkAvg: "30" }, refused: { industryAvg: { reason: "contradicted", values: ["23", "25"] } } });
    expect(result.ok && result.score.industryAvg).toBeUndefined();
  });

  it("leaves both averages empty for one whose group the page does not say", () => {
    expect(read("Sales professionals have an average SSI of 23.", "People in your network", "People in your network have an average SSI of 30.")).toMatchObject({
      ok: true,
      refused: { industryAvg: { reason: "unclear", values: ["23"] }, networkAvg: { reason: "unclear", values: ["23", "30"] } },
    });
  });

  it("reads a total given alike by 'N out of 100' and 'Your SSI'", () => {
    expect(parseSsiPage(`Social Selling Index\n40 out of 100\n${base}`)).toMatchObject({ ok: true, score: { total: "40" } });
  });

  it("refuses the whole page when 'Your SSI' and 'N out of 100' disagree, even when one matches the pillars", () => {
    expect(parseSsiPage(`Social Selling Index\n41 out of 100\n${base}`)).toEqual({ ok: false, reason: "contradicted-total", values: ["41", "40"] });
  });

  it("refuses the whole page when two 'N out of 100' disagree", () => {
    const page = base.replace("Your SSI: 40", "Social Selling Index\n40 out of 100") + "\nYour weekly SSI\n60 out of 100";
    expect(parseSsiPage(page)).toEqual({ ok: false, reason: "contradicted-total", values: ["40", "60"] });
  });

  it("never takes a group's average 'out of 100' for a second total", () => {
    expect(read("People in your network", "An average SSI of 30 out of 100")).toMatchObject({ ok: true, score: { total: "40", networkAvg: "30" } });
  });
});
