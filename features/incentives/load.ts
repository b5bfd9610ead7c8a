import "server-only";
import { versioned } from "@/platform/db/version";
import { companyMonth } from "@/features/settings";
import type { Month } from "@/platform/time/month";
import { challengesIn, closedMonths, earliestBaseline, ruleReps, tierSets } from "./data";
import type { ChallengeDef, RuleClock } from "./kinds";
import type { IncentiveInputs } from "./standings";
import { judgeIncentives, type IncentiveStandings } from "./standings";

/**
 * The reps the challenges need, beside `teamIds`' own: a company challenge is
 * judged across the company (a race's positions), a team's across its team.
 */
function scopeOf(challenges: readonly ChallengeDef[], teamIds: readonly string[] | "every"): readonly string[] | "every" {
  if (teamIds === "every" || challenges.some((c) => c.teamId === null)) return "every";
  return [...new Set([...teamIds, ...challenges.flatMap((c) => (c.teamId ? [c.teamId] : []))])];
}

async function inputs(at: Month, challenges: ChallengeDef[], teamIds: readonly string[] | "every", userIds: readonly string[] = []): Promise<IncentiveInputs> {
  const [sets, closed] = await Promise.all([tierSets(), closedMonths()]);
  const reps = await ruleReps(scopeOf(challenges, teamIds), earliestBaseline(challenges, at), at, userIds);
  const clock: RuleClock = { at, currentMonth: await companyMonth(), closed };
  return { reps, challenges, tierSets: sets, clock };
}

/**
 * The tiers and the running challenges of `at` for these teams' reps
 * ("every": the company), and for these reps (one without a team). A company
 * challenge is judged across the whole company, so this reads every rep's
 * entries: kept until the data version or the company's month moves
 * (platform/db/version.ts), it is computed once per change, not once per board.
 */
export async function loadStandings(at: Month, teamIds: readonly string[] | "every", userIds: readonly string[] = []): Promise<IncentiveStandings> {
  const scope = teamIds === "every" ? "every" : [...teamIds].sort().join(",");
  const key = `standings:${at}:${await companyMonth()}:${scope}:${[...userIds].sort().join(",")}`;
  return versioned(key, "people+scores", async () => judgeIncentives(await inputs(at, await challengesIn(at, teamIds), teamIds, userIds)));
}

/** What the payout report of `month` is computed from: every challenge ending that month, across the company. */
export async function loadPayoutInputs(month: Month): Promise<IncentiveInputs> {
  return inputs(month, await challengesIn(month, "every", true), "every");
}
