// Small makers for the rules' unit tests: reps, challenges and clocks written in one line.
import type { Month } from "@/platform/time/month";
import type { ChallengeDef, RuleClock, RuleRep } from "./kinds";

/** A rep with totals by month; pillars split each total evenly unless given. */
export function rep(name: string, teamId: string | null, totals: Partial<Record<Month, number>>, pillars?: Partial<Record<Month, number>>): RuleRep {
  const entries = Object.fromEntries(
    Object.entries(totals).map(([month, total]) => {
      const each = String((pillars?.[month as Month] ?? (total ?? 0) / 4));
      return [month, { total: String(total), pillars: { brand: each, people: each, insights: each, relationships: each } }];
    }),
  );
  return { userId: name, name, teamId, entries };
}

/** A challenge of one month (November 2026) unless said otherwise. */
export function challenge(overrides: Partial<ChallengeDef> & Pick<ChallengeDef, "kind">): ChallengeDef {
  return {
    id: `c-${overrides.kind}`,
    title: `Challenge ${overrides.kind}`,
    teamId: null,
    from: "2026-11",
    to: "2026-11",
    target: "10",
    pillar: null,
    winners: null,
    measure: null,
    reward: { text: "Dinner", amount: null, currency: null },
    ...overrides,
  };
}

/** Looking at `at` with today in `currentMonth` and these months closed. */
export function clock(at: Month, currentMonth: Month = at, closed: Month[] = []): RuleClock {
  return { at, currentMonth, closed: new Set(closed) };
}
