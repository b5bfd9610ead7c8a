// The payout report of a month: each rep's tier and the challenges that end
// that month and that they won, with amounts per currency.
import { compareByName } from "@/features/scores/client";
import type { ChallengeDef, Reward, TierDef } from "./kinds";
import { addAmount, amountsText, sumAmounts, toCents, type Amounts } from "./money";
import { incentivesOf, judgeIncentives, type IncentiveInputs } from "./standings";

export interface PayoutRow {
  userId: string;
  name: string;
  teamId: string | null;
  total: string | null;
  tier: TierDef | null;
  challenges: { challengeId: string; title: string; reward: Reward }[];
  /** Per currency, exact decimals. */
  amounts: Record<string, string>;
}

export interface PayoutReport {
  rows: PayoutRow[];
  totals: { teams: { teamId: string | null; amounts: Record<string, string> }[]; overall: Record<string, string> };
  /** The challenges ending in the month (won or not). */
  ending: ChallengeDef[];
}

function addReward(amounts: Amounts, reward: Reward): void {
  const cents = reward.amount === null ? null : toCents(reward.amount);
  if (cents !== null && reward.currency) addAmount(amounts, reward.currency, cents);
}

/** The payout report of `inputs.clock.at`, for the reps `include` keeps (a team's, or everyone). */
export function payoutReport(inputs: IncentiveInputs, include: (rep: { teamId: string | null }) => boolean = () => true): PayoutReport {
  const month = inputs.clock.at;
  const standings = judgeIncentives(inputs);
  const reps = inputs.reps.filter(include).sort((a, b) => compareByName({ id: a.userId, name: a.name }, { id: b.userId, name: b.name }));
  const cents = new Map<string, Amounts>();
  const rows = reps.map((rep): PayoutRow => {
    const { tier, goals } = incentivesOf(standings, rep.userId);
    const won = goals.filter((g) => g.to === month && g.status === "achieved");
    const amounts: Amounts = {};
    if (tier) addReward(amounts, tier.reward);
    for (const goal of won) addReward(amounts, goal.reward);
    cents.set(rep.userId, amounts);
    return {
      userId: rep.userId,
      name: rep.name,
      teamId: rep.teamId,
      total: rep.entries[month]?.total ?? null,
      tier,
      challenges: won.map((g) => ({ challengeId: g.challengeId, title: g.title, reward: g.reward })),
      amounts: amountsText(amounts),
    };
  });
  const teamIds = [...new Set(reps.map((r) => r.teamId))];
  const teams = teamIds.map((teamId) => ({
    teamId,
    amounts: amountsText(sumAmounts(reps.filter((r) => r.teamId === teamId).map((r) => cents.get(r.userId) ?? {}))),
  }));
  return {
    rows,
    totals: { teams, overall: amountsText(sumAmounts([...cents.values()])) },
    ending: standings.challenges.filter((c) => c.to === month),
  };
}
