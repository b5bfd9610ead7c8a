// The paste reader at the edges of what it accepts: limits, layouts of the
// total, spacing, and the optional ranks, averages and date.
import { describe, expect, it } from "vitest";
import { knownPillar, TOTAL_MARKERS } from "./labels";
import { normalise } from "./lines";
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

  it("ignores a total above 100, and then has no total", () => {
    expect(score(`Current Social Selling Index\n140\nout of 100\n${pillars("10", "10", "10", "10")}`)).toBe("no-total");
  });

  it("accepts a total exactly 1 point from the pillars and refuses one further away", () => {
    expect(score(`Your SSI: 41\n${pillars("10", "10", "10", "10")}`)).toMatchObject({ total: "41" });
    expect(score(`Your SSI: 42\n${pillars("10", "10", "10", "10")}`)).toBe("no-match");
  });

  it("refuses a lone set whose total is on the page but does not match", () => {
    expect(score(`Your SSI: 60\n${pillars("10", "10", "10", "10")}`)).toBe("no-match");
  });

  it("reports incomplete pillars when a pillar's number is missing", () => {
    expect(score(`Your SSI: 30\n${pillars("10", "10", "10", "").trim()}`)).toBe("incomplete-pillars");
  });

  it("refuses four pillars without a total rather than trusting their sum", () => {
    expect(score(pillars("10", "10", "10", "10"))).toBe("no-total");
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

  it("reads the total after a marker, on its line or the next, never the line before", () => {
    expect(score(`Your Social Selling Index: 41\n${four}`)).toMatchObject({ total: "41" });
    expect(score(`41\nYour Social Selling Index\n${four}`)).toBe("no-total");
    expect(score(`Social Selling Index\n41\nout of 100\n${four}`)).toMatchObject({ total: "41" });
  });

  it("does not take a number inside a word for the total", () => {
    expect(score(`Your SSI v41\n${four}`)).toBe("no-total");
  });

  it("reads numbers after a colon, a dash or a bar on the label's line", () => {
    const text = [
      "Your SSI: 40",
      "Establish your professional brand: 10",
      "Find the right people – 10",
      "Engage with insights - 10",
      "Build relationships | 10.4",
    ].join("\n");
    expect(score(text)).toMatchObject({ total: "40", brand: "10", people: "10", insights: "10", relationships: "10.4" });
  });

  it("reads numbers with ' / 25' on their own lines", () => {
    const text = `Your SSI: 40\n${pillars("10 / 25", "10/25", "10", "10.4 / 25")}`;
    expect(score(text)).toMatchObject({ total: "40", brand: "10", people: "10", insights: "10", relationships: "10.4" });
  });

  it("refuses four numbers that are not in one layout (some inline, some on their own lines)", () => {
    const text = "Your SSI: 40\nEstablish your professional brand: 10\nFind the right people\n10\nEngage with insights 10\nBuild relationships\n10.4";
    expect(score(text)).toBe("no-match");
  });

  it("reads labels whatever the spacing, tabs and non-breaking spaces", () => {
    const text = "Your  SSI:\t40\nEstablish\u00a0your  professional brand\n10\nFind the\tright people\n10\nEngage with insights\n10\nBuild relationships\n10.4";
    expect(score(text)).toMatchObject({ total: "40", brand: "10", people: "10" });
  });
});

describe("paste reader extras", () => {
  const base = `Your SSI: 40\n${pillars("10", "10", "10", "10.4")}`;

  it("takes a rank's group from its own line, whichever side of the figure the label is", () => {
    expect(score(`Top 9% Network SSI rank\n${base}`)).toMatchObject({ networkRankPct: "9" });
    expect(score(`Network SSI rank Top 9%\n${base}`)).toMatchObject({ networkRankPct: "9" });
  });

  it("takes a lone figure's group from the label above or below it", () => {
    expect(score(`Industry SSI rank\nTop 7%\n${base}`)).toMatchObject({ industryRankPct: "7" });
    expect(score(`Top 9%\nNetwork SSI rank\n${base}`)).toMatchObject({ networkRankPct: "9" });
  });

  it("never takes a lone figure's group from another rank's line, and leaves both ranks empty for it", () => {
    expect(parseSsiPage(`Top 8%\nTop 3% Industry SSI rank\n${base}`)).toMatchObject({
      ok: true,
      score: { total: "40" },
      refused: { industryRankPct: { reason: "unclear", values: ["8", "3"] }, networkRankPct: { reason: "unclear", values: ["8"] } },
    });
  });

  it("refuses a rank whose two copies disagree, and a rank with three decimals", () => {
    expect(parseSsiPage(`Top 4% Industry SSI rank\nTop 6% Industry SSI rank\n${base}`)).toMatchObject({
      refused: { industryRankPct: { reason: "contradicted", values: ["4", "6"] } },
    });
    expect(score(`Top 4% Industry SSI rank\nTop 6% Industry SSI rank\n${base}`)).not.toHaveProperty("industryRankPct");
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
  it("knows each pillar's label in seven languages, current and former wordings", () => {
    const labels = {
      brand: ["Establish your professional brand", "Create a professional brand", "Construire votre marque professionnelle",
        "Établir votre marque professionnelle", "Estabelecer sua marca profissional", "Establece tu marca profesional",
        "Professionelle Marke etablieren", "Stabilisci il tuo brand professionale", "Een professioneel merk opbouwen"],
      people: ["Find the right people", "Trouver les bonnes personnes", "Trouver les bons interlocuteurs",
        "Localizar as pessoas certas", "Encontrar as pessoas certas", "Encuentra a las personas adecuadas",
        "Die richtigen Personen finden", "Trova le persone giuste", "De juiste mensen vinden"],
      insights: ["Engage with insights", "Échanger des informations", "Interagir oferecendo insights",
        "Interactúa ofreciendo información", "Mit Insights interagieren", "Interagisci con approfondimenti",
        "Interactie met inzichten"],
      relationships: ["Build relationships", "Build Strong Relationships", "Établir des relations", "Développer des relations",
        "Criar relacionamentos", "Crea relaciones", "Beziehungen aufbauen", "Costruisci relazioni", "Relaties opbouwen"],
    };
    for (const [pillar, wordings] of Object.entries(labels)) {
      for (const wording of wordings) expect(knownPillar(normalise(wording)), wording).toBe(pillar);
    }
    expect(knownPillar("people in your network")).toBe("people");
    expect(knownPillar("brand people")).toBeNull();
    expect(knownPillar("zbuduj swoja marke zawodowa")).toBe("brand");
    expect(knownPillar("angazuj sie")).toBeNull();
  });

  it("reads labels it does not know by LinkedIn's order", () => {
    const text = "Your SSI: 40\nAlpha\n10\nBeta\n10\nGamma\n10\nDelta\n10.4";
    expect(score(text)).toMatchObject({ total: "40", brand: "10", relationships: "10.4" });
  });

  it("does not give an unknown label a pillar whose own label is in the same run", () => {
    // "Noise 21" sits where brand would be if the real brand line were not read.
    const text = "Your SSI: 53\nEstablish your professional brand\n20.97\nNoise\n21\nFind the right people\n6.38\nEngage with insights\n10.25\nBuild relationships\n15";
    expect(score(text)).not.toMatchObject({ brand: "21" });
  });

  it("finds the total next to every wording of 'your SSI'", () => {
    for (const marker of TOTAL_MARKERS) {
      expect(score(`${marker}\n41\n${pillars("10", "10", "10", "10.4")}`), marker).toMatchObject({ total: "41" });
    }
  });

  it("reads 'N <word> 100' whatever the word", () => {
    for (const line of ["41 von 100", "41 su 100", "41 van 100", "41 na 100", "41\nde 100", "41\nout of 100"]) {
      expect(score(`${line}\n${pillars("10", "10", "10", "10.4")}`), line).toMatchObject({ total: "41" });
    }
  });

  it("never takes a group's average pillars for the member's, even when a stray number makes a matching total", () => {
    // Found by the property test: the member's pillars cut off, a "29" between "41" and "de 100".
    const page = [
      "Pessoas da sua rede",
      "As pessoas da sua rede têm um SSI médio de 29.",
      "7,7", "Estabelecer sua marca profissional", "7,2", "Localizar as pessoas certas",
      "6,3", "Interagir oferecendo insights", "8,1", "Criar relacionamentos",
      "Seu Social Selling Index atual", "41", "29", "de 100",
    ].join("\n");
    expect(parseSsiPage(page)).toEqual({ ok: false, reason: "no-match" });
  });

  it("refuses a page whose 'out of 100' disagrees with the number after 'Your SSI', rather than trust either", () => {
    // Found by the property test: a group's pillars whose heading was cut off, and a stray "26" before "su 100".
    const page = [
      "7,4", "Stabilisci il tuo brand professionale", "6,8", "Trova le persone giuste",
      "5,9", "Interagisci con approfondimenti", "6,9", "Costruisci relazioni",
      "Il tuo Social Selling Index attuale", "47", "26", "su 100",
    ].join("\n");
    expect(parseSsiPage(page)).toEqual({ ok: false, reason: "contradicted-total", values: ["47", "26"] });
    // The same page without the stray number is refused too: its pillars do not make 47.
    expect(parseSsiPage(page.replace("\n26\n", "\n"))).toEqual({ ok: false, reason: "no-match" });
  });
});
