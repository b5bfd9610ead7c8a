import { describe, expect, it } from "vitest";
import { readSheet, rowValues, xlsxBytes } from "../../tests/helpers/xlsx";
import { toCsv } from "@/platform/spreadsheets/csv";
import { csvHeader, csvRows } from "@/platform/spreadsheets/csv-table";
import { payoutColumns, payoutLines } from "./payout-columns";
import { payoutReport } from "./payouts";
import { challenge, clock, rep } from "./rules-fixtures";

const eur = (amount: string) => ({ text: `€${amount}`, amount, currency: "EUR" });
const report = payoutReport({
  reps: [rep("=Ana", "t1", { "2026-10": 60, "2026-11": 72.125 }), rep("Dan", "t1", {})],
  challenges: [
    challenge({ id: "restaurant", title: "+Restaurant", kind: "gain", target: "10", reward: eur("40") }),
    challenge({ id: "usd", title: "Ten more", kind: "gain", target: "10", reward: { text: "$20", amount: "20", currency: "USD" } }),
  ],
  tierSets: [{ effectiveFrom: "2026-01", tiers: [{ name: "Gold", minTotal: "70", reward: eur("1150.5") }] }],
  clock: clock("2026-11", "2026-12", ["2026-11"]),
});
const labels = { rep: "Rep", team: "Team", ssi: "SSI", tier: "Tier", challenges: "Challenges", teamTotal: (team: string) => `Total ${team}`, overall: "Total" };
const lines = payoutLines(report, labels, { reward: (r) => r.text, teamName: (id) => (id === "t1" ? "North" : "No team") });
const columns = payoutColumns(report, labels);

describe("the payout report as a file", () => {
  it("writes a line per rep, then the team's and the overall totals, an amount column per currency", () => {
    const file = toCsv("fr", csvHeader("fr", columns), csvRows("fr", columns, lines));
    expect(file.split("\r\n")).toEqual([
      "\uFEFFRep;Team;SSI;Tier;Challenges;EUR;USD",
      `'=Ana;North;72,125;Gold: €1150.5;"'+Restaurant: €40\nTen more: $20";1190,5;20`,
      "Dan;North;;;;;",
      "Total North;;;;;1190,5;20",
      "Total;;;;;1190,5;20",
      "",
    ]);
  });

  it("writes amounts and scores as number cells, names as text", async () => {
    const sheet = await readSheet(await xlsxBytes({ name: "Payout report", columns }, lines));
    expect(rowValues(sheet, 2)).toEqual(["=Ana", "North", 72.125, "Gold: €1150.5", "+Restaurant: €40\nTen more: $20", 1190.5, 20]);
    expect(sheet.getCell(2, 6).numFmt).toBe("#,##0.00");
    expect(rowValues(sheet, 5)).toEqual(["Total", null, null, null, null, 1190.5, 20]);
  });
});
