// The board, the wall and the payout report must never disagree: for random
// companies, each says the same about every rep (and the figures hold up
// against statements of the rules written independently here).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BoardRow } from "@/features/board/entries";
import { addMonths, type Month } from "@/platform/time/month";
import { toMilli } from "@/platform/numbers/decimal";
import { PILLARS } from "@/features/scores/score";
import { wallData } from "@/features/board/wall-screen";
import { CHALLENGE_KINDS, type ChallengeDef, type RuleRep, type TierSetDef } from "@/features/incentives/kinds";
import { toCents } from "@/features/incentives/money";
import { payoutReport } from "@/features/incentives/payouts";
import { incentivesOf, judgeIncentives } from "@/features/incentives/standings";

const MONTHS: Month[] = ["2026-08", "2026-09", "2026-10", "2026-11"];
const TEAMS = ["t1", "t2", "t3"];

const total = fc.integer({ min: 0, max: 100_000 }).map((milli) => String(milli / 1000));
const entry = fc.option(total, { nil: undefined, freq: 3 });

const repArb = (i: number) =>
  fc.record({ teamId: fc.constantFrom<string | null>(...TEAMS, null), totals: fc.tuple(entry, entry, entry, entry) }).map(({ teamId, totals }): RuleRep => ({
    userId: `u${i}`,
    name: `Rep ${String(i).padStart(2, "0")}`,
    teamId,
    entries: Object.fromEntries(
      totals.flatMap((t, m) => (t === undefined ? [] : [[MONTHS[m], { total: t, pillars: Object.fromEntries(PILLARS.map((p) => [p, String(Math.floor(toMilli(t) / 4) / 1000)])) }]])),
    ),
  }));

const reward = fc.record({ text: fc.constant("Reward"), amount: fc.option(fc.constantFrom("40", "75.5", "150"), { nil: null }), currency: fc.constantFrom("EUR", "USD") }).map((r) => ({ ...r, currency: r.amount === null ? null : r.currency }));

const challengeArb = (i: number) =>
  fc.record({
    kind: fc.constantFrom(...CHALLENGE_KINDS),
    teamId: fc.constantFrom<string | null>(...TEAMS, null),
    from: fc.constantFrom<Month>("2026-09", "2026-10", "2026-11"),
    length: fc.integer({ min: 0, max: 1 }),
    target: fc.integer({ min: 1, max: 80 }),
    winners: fc.integer({ min: 1, max: 4 }),
    fair: fc.boolean(),
    pillar: fc.constantFrom(...PILLARS),
    reward,
  }).map((c): ChallengeDef => {
    const race = c.kind === "race" || c.kind === "team-race";
    return {
      id: `c${i}`,
      title: `Challenge ${i}`,
      kind: c.kind,
      teamId: c.kind === "team-race" ? null : c.teamId,
      from: c.from,
      to: c.from === "2026-11" ? c.from : addMonths(c.from, c.length),
      target: race ? null : String(c.kind === "pillar-gain" ? Math.min(c.target, 25) : c.target),
      pillar: c.kind === "pillar-gain" ? c.pillar : null,
      winners: race ? c.winners : null,
      measure: c.kind === "race" ? (c.fair ? "fair-gain" : "gain") : null,
      reward: c.reward,
    };
  });

const tierSetsArb = fc.uniqueArray(fc.integer({ min: 1, max: 95 }), { maxLength: 3 }).map((mins): TierSetDef[] => [
  { effectiveFrom: "2026-09", tiers: mins.map((min, i) => ({ name: `Tier ${min}`, minTotal: String(min), reward: { text: "Bonus", amount: String(10 * (i + 1)), currency: "EUR" } })) },
]);

const companyArb = fc.record({
  reps: fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => repArb(i)))),
  challenges: fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => challengeArb(i)))),
  tierSets: tierSetsArb,
  at: fc.constantFrom<Month>("2026-10", "2026-11"),
  today: fc.constantFrom<Month>("2026-11", "2026-12"),
  closeAt: fc.boolean(),
});

function boardRowsOf(reps: readonly RuleRep[], at: Month, teamId: string): BoardRow[] {
  const values = (t: string) => ({ total: t, brand: "0", people: "0", insights: "0", relationships: "0" });
  return reps
    .filter((r) => r.teamId === teamId)
    .map((r) => {
      const current = r.entries[at];
      const previous = r.entries[addMonths(at, -1)];
      return { userId: r.userId, name: r.name, team: { id: teamId, name: teamId }, current: current ? values(current.total) : null, previous: previous ? values(previous.total) : null, recent: [] };
    });
}

describe("incentives agree everywhere", () => {
  it("the board, the wall and the payout report say the same of every rep, and the totals add up", () => {
    fc.assert(
      fc.property(companyArb, ({ reps, challenges, tierSets, at, today, closeAt }) => {
        const clock = { at, currentMonth: today < at ? at : today, closed: new Set<Month>(closeAt ? [at] : []) };
        const inputs = { reps, challenges, tierSets, clock };
        const board = judgeIncentives(inputs);
        const payouts = payoutReport(inputs);

        for (const row of payouts.rows) {
          const { tier, goals } = incentivesOf(board, row.userId);
          expect(row.tier).toEqual(tier);
          expect(row.challenges.map((c) => c.challengeId)).toEqual(goals.filter((g) => g.to === at && g.status === "achieved").map((g) => g.challengeId));
          // Independently: the tier is the highest minimum at or below the month's total.
          const monthTotal = reps.find((r) => r.userId === row.userId)?.entries[at]?.total;
          const reachable = (tierSets[0]?.tiers ?? []).filter((t) => at >= "2026-09" && monthTotal !== undefined && toMilli(t.minTotal) <= toMilli(monthTotal));
          expect(tier?.minTotal ?? null).toBe(reachable.sort((a, b) => toMilli(b.minTotal) - toMilli(a.minTotal))[0]?.minTotal ?? null);
        }

        for (const teamId of TEAMS) {
          const wall = wallData(teamId, at, { score: [], improvement: [] }, boardRowsOf(reps, at, teamId), { scores: true, standings: board });
          for (const c of wall.challenges) {
            const achieved = reps
              .filter((r) => r.teamId === teamId && incentivesOf(board, r.userId).goals.some((g) => g.challengeId === c.id && g.status === "achieved"))
              .map((r) => r.name)
              .sort();
            expect(c.achievedBy).toEqual(achieved);
          }
        }

        const cents = (amounts: Record<string, string>) => Object.fromEntries(Object.entries(amounts).map(([c, a]) => [c, toCents(a)]));
        const sum = (all: Record<string, string>[]) => {
          const out: Record<string, number> = {};
          for (const amounts of all) for (const [c, a] of Object.entries(amounts)) out[c] = (out[c] ?? 0) + (toCents(a) ?? 0);
          return out;
        };
        expect(cents(payouts.totals.overall)).toEqual(sum(payouts.rows.map((r) => r.amounts)));
        expect(cents(payouts.totals.overall)).toEqual(sum(payouts.totals.teams.map((t) => t.amounts)));

        // Races: once final, the winners are exactly those placed within the cut with a gain.
        for (const goal of [...board.reps.values()].flatMap((r) => r.goals).filter((g) => g.kind === "race")) {
          if (goal.status === "achieved") expect((goal.position ?? 99) <= (goal.winners ?? 0) && Number(goal.progress.current) > 0).toBe(true);
          if (goal.status === "missed" && goal.position !== undefined) expect(goal.position > (goal.winners ?? 0) || Number(goal.progress.current) <= 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
