// Incentives as the JSON API returns them: amounts and targets as numbers.
import type { ChallengeDef, ChallengeStanding, Reward, TierDef } from "./kinds";
import type { PayoutReport } from "./payouts";

const numberOrNull = (v: string | null) => (v === null ? null : Number(v));
const amountsJson = (amounts: Record<string, string>) => Object.fromEntries(Object.entries(amounts).map(([c, a]) => [c, Number(a)]));

export function rewardJson(reward: Reward) {
  return { text: reward.text, ...(reward.amount === null ? {} : { amount: Number(reward.amount), currency: reward.currency }) };
}

export function tierJson(tier: TierDef) {
  return { name: tier.name, minTotal: Number(tier.minTotal), reward: rewardJson(tier.reward) };
}

export function challengeJson(c: ChallengeDef) {
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    teamId: c.teamId,
    from: c.from,
    to: c.to,
    target: numberOrNull(c.target),
    ...(c.pillar ? { pillar: c.pillar } : {}),
    ...(c.winners === null ? {} : { winners: c.winners }),
    ...(c.measure ? { measure: c.measure } : {}),
    reward: rewardJson(c.reward),
  };
}

/** A challenge standing (the API's "goals": not a rep's personal goal, features/scores/goals.ts). */
export function goalJson(goal: ChallengeStanding) {
  return {
    challengeId: goal.challengeId,
    title: goal.title,
    kind: goal.kind,
    status: goal.status,
    progress: { current: numberOrNull(goal.progress.current), target: numberOrNull(goal.progress.target) },
    ...(goal.position === undefined ? {} : { position: goal.position }),
    ...(goal.reason === undefined ? {} : { reason: goal.reason }),
  };
}

export function payoutJson(report: PayoutReport, teamNames: Map<string, string>) {
  return {
    rows: report.rows.map((row) => ({
      userId: row.userId,
      name: row.name,
      team: row.teamId ? { id: row.teamId, name: teamNames.get(row.teamId) ?? null } : null,
      total: numberOrNull(row.total),
      tier: row.tier ? { name: row.tier.name, minTotal: Number(row.tier.minTotal), reward: rewardJson(row.tier.reward) } : null,
      challenges: row.challenges.map((c) => ({ challengeId: c.challengeId, title: c.title, reward: rewardJson(c.reward) })),
      amounts: amountsJson(row.amounts),
    })),
    totals: {
      teams: report.totals.teams.map((t) => ({ teamId: t.teamId, amounts: amountsJson(t.amounts) })),
      overall: amountsJson(report.totals.overall),
    },
  };
}
