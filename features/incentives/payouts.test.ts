import { describe, expect, it } from "vitest";
import { centsToText, toCents } from "./money";
import { payoutReport } from "./payouts";
import { challenge, clock, rep } from "./rules-fixtures";

const eur = (amount: string) => ({ text: `€${amount}`, amount, currency: "EUR" });
const tierSets = [
  {
    effectiveFrom: "2026-01" as const,
    tiers: [
      { name: "Gold", minTotal: "70", reward: eur("150") },
      { name: "Silver", minTotal: "60", reward: eur("75.5") },
      { name: "Mention", minTotal: "50", reward: { text: "A mention", amount: null, currency: null } },
    ],
  },
];

describe("payout report", () => {
  it("lists each rep's tier and the challenges won that end this month, with totals per team and per currency", () => {
    const reps = [
      rep("Ana", "t1", { "2026-10": 60, "2026-11": 72 }),
      rep("Bea", "t1", { "2026-10": 55, "2026-11": 61 }),
      rep("Cy", "t2", { "2026-10": 40, "2026-11": 52 }),
      rep("Dan", "t2", {}),
    ];
    const challenges = [
      challenge({ id: "restaurant", title: "Restaurant +10", kind: "gain", target: "10", reward: eur("40") }),
      challenge({ id: "usd", title: "Ten more", kind: "gain", target: "10", teamId: "t2", reward: { text: "$20", amount: "20", currency: "USD" } }),
      // Ends next month: not paid in November even though reached already.
      challenge({ id: "later", title: "Later", kind: "threshold", target: "50", to: "2026-12" }),
    ];
    const report = payoutReport({ reps, challenges, tierSets, clock: clock("2026-11", "2026-12", ["2026-11"]) });
    expect(report.rows.map((r) => [r.name, r.total, r.tier?.name ?? null, r.challenges.map((c) => c.challengeId), r.amounts])).toEqual([
      ["Ana", "72", "Gold", ["restaurant"], { EUR: "190" }],
      ["Bea", "61", "Silver", [], { EUR: "75.5" }],
      ["Cy", "52", "Mention", ["restaurant", "usd"], { EUR: "40", USD: "20" }],
      ["Dan", null, null, [], {}],
    ]);
    expect(report.totals).toEqual({
      teams: [
        { teamId: "t1", amounts: { EUR: "265.5" } },
        { teamId: "t2", amounts: { EUR: "40", USD: "20" } },
      ],
      overall: { EUR: "305.5", USD: "20" },
    });
    expect(report.ending.map((c) => c.id)).toEqual(["restaurant", "usd"]);
  });

  it("lists reps by name, and adds only money rewards", () => {
    const reps = [rep("Zoé", "t1", { "2026-11": 80 }), rep("Ana", "t1", { "2026-11": 10 })];
    const report = payoutReport({ reps, challenges: [], tierSets, clock: clock("2026-11") });
    expect(report.rows.map((r) => [r.name, r.amounts])).toEqual([["Ana", {}], ["Zoé", { EUR: "150" }]]);
  });

  it("keeps a team's rows only, while a company race is still judged across the company", () => {
    const reps = [rep("Ana", "t1", { "2026-10": 40, "2026-11": 50 }), rep("Bea", "t2", { "2026-10": 40, "2026-11": 60 })];
    const race = challenge({ id: "race", kind: "race", winners: 1, target: null, reward: eur("100") });
    const report = payoutReport({ reps, challenges: [race], tierSets: [], clock: clock("2026-11", "2026-12") }, (r) => r.teamId === "t1");
    expect(report.rows.map((r) => [r.name, r.challenges.length])).toEqual([["Ana", 0]]);
    expect(report.totals.overall).toEqual({});
  });

  it("adds amounts in cents", () => {
    expect(toCents("75.5")).toBe(7550);
    expect(toCents(" 150 ")).toBe(15000);
    expect(toCents("0,05")).toBe(5);
    expect(toCents("1.234")).toBeNull();
    expect(toCents("-1")).toBeNull();
    expect(centsToText(7550)).toBe("75.5");
    expect(centsToText(5)).toBe("0.05");
    expect(centsToText(30 + 10 + 20)).toBe("0.6");
  });
});
