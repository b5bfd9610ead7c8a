import { describe, expect, it } from "vitest";
import { readPdf } from "../../tests/helpers/pdf";
import { payoutReport } from "./payouts";
import { payoutPdf } from "./payout-pdf";
import type { LoadedPayouts } from "./payout-data";
import { challenge, clock, rep } from "./rules-fixtures";

const eur = (amount: string) => ({ text: `€${amount}`, amount, currency: "EUR" });
const tierSets = [{ effectiveFrom: "2026-01" as const, tiers: [{ name: "Gold", minTotal: "70", reward: eur("150") }] }];
const reps = [
  rep("Łucja Żółć", "north", { "2026-10": 60, "2026-11": 72.5 }),
  rep("Bea", "north", { "2026-10": 55, "2026-11": 58 }),
  rep("Cy", "east", { "2026-10": 40, "2026-11": 71 }),
  rep("Dan", null, { "2026-11": 30 }),
];
const challenges = [challenge({ id: "usd", title: "Ten more", kind: "gain", target: "10", teamId: "east", reward: { text: "$20", amount: "20", currency: "USD" } })];
const teamNames = new Map([["north", "North"], ["east", "East"]]);

function payouts(closed: boolean, team: LoadedPayouts["team"] = null): LoadedPayouts {
  const inputs = { reps, challenges, tierSets, clock: clock("2026-11", "2026-12", closed ? ["2026-11"] : []) };
  return { month: "2026-11", provisional: !closed, team, report: payoutReport(inputs, team ? (r) => r.teamId === team.id : () => true), teamNames };
}

async function pdfOf(loaded: LoadedPayouts, locale: "en" | "fr") {
  const file = payoutPdf(loaded, { locale, generatedAt: new Date("2026-12-01T08:30:00Z"), timeZone: "Europe/Paris" });
  return { file, pdf: await readPdf(new Uint8Array(await new Response(file.body).arrayBuffer())) };
}

const squash = (text: string) => text.replace(/\s+/g, " ");

describe("payout PDF", () => {
  it("has a summary page, then a page per team (by name, no team last), 'provisional' on every page until the month is closed", async () => {
    const { file, pdf } = await pdfOf(payouts(false), "en");
    expect(file.contentType).toBe("application/pdf");
    expect(file.filename).toBe("ssi-payouts-company-2026-11-provisional.pdf");
    expect(pdf.title).toBe("Payout report · The whole company · November 2026");
    expect(pdf.pages).toHaveLength(4);
    const [summary, east, north, noTeam] = pdf.pages.map(squash);
    expect(summary).toContain("Provisional: November 2026 is not closed yet");
    expect(summary).toContain("Generated on December 1, 2026 at 9:30");
    expect(summary).toMatch(/East 1 1 €150\.00 \$20\.00/);
    expect(summary).toMatch(/North 2 1 €150\.00/);
    expect(summary).toMatch(/No team 1 0 —/);
    expect(summary).toMatch(/Overall 4 2 €300\.00 \$20\.00/);
    expect(east).toMatch(/^East · November 2026/);
    expect(east).toMatch(/Cy 71 Gold €150 \(€150\.00\) Ten more: \$20 \(\$20\.00\) €150\.00 \$20\.00/);
    expect(north).toContain("Łucja Żółć 72.5 Gold");
    expect(north).toMatch(/Bea 58 — — —/);
    expect(north).toMatch(/Team total €150\.00/);
    expect(noTeam).toContain("Dan 30");
    pdf.pages.forEach((page, i) => {
      expect(page).toContain("PROVISIONAL");
      expect(squash(page)).toContain(`page ${i + 1} of 4`);
    });
  });

  it("is final once the month is closed, and written in French for a French reader", async () => {
    const { file, pdf } = await pdfOf(payouts(true, { id: "north", name: "North" }), "fr");
    expect(file.filename).toBe("ssi-versements-North-2026-11.pdf");
    expect(pdf.pages).toHaveLength(2);
    const [summary, north] = pdf.pages.map(squash);
    expect(summary).toContain("Définitif : novembre 2026 est clôturé.");
    expect(summary).toContain("Généré le 1 décembre 2026 à 09:30");
    expect(summary).not.toContain("East");
    expect(north).toMatch(/Łucja Żółć 72,5 Gold/);
    expect(north).toMatch(/150,00\s€/);
    expect(north).toContain("page 2 sur 2");
    expect(pdf.pages.join(" ")).not.toContain("PROVISOIRE");
  });

  it("runs a long team onto as many pages as it needs, its headings on each, no rep's line split or lost", async () => {
    const many = Array.from({ length: 90 }, (_, i) => rep(`Rep ${String(i + 1).padStart(3, "0")}`, "north", { "2026-11": 50 + (i % 30) }));
    const inputs = { reps: many, challenges: [], tierSets, clock: clock("2026-11", "2026-12", []) };
    const { pdf } = await pdfOf({ month: "2026-11", provisional: true, team: null, report: payoutReport(inputs), teamNames }, "en");
    const teamPages = pdf.pages.slice(1).map(squash);
    expect(teamPages.length).toBeGreaterThan(1);
    for (const page of teamPages) expect(page).toContain("Rep SSI Tier Challenges won Amounts");
    const listed = teamPages.flatMap((page) => page.match(/Rep \d{3}/g) ?? []);
    expect(listed).toEqual(many.map((r) => r.name));
  });

  it("says so when the scope has no reps", async () => {
    const empty: LoadedPayouts = { ...payouts(false), report: { rows: [], totals: { teams: [], overall: {} }, ending: [] } };
    const { pdf } = await pdfOf(empty, "en");
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]).toContain("No active reps.");
  });
});
