// Everything the incentives say about one month: the tier each rep earns and
// where each stands in each challenge running that month. The board, the rep's
// page, the wall, the API and the payout report all read it from here.
import type { Month } from "@/platform/time/month";
import { judgeChallenge } from "./challenges";
import { KIND_SPECS } from "./kind-spec";
import type { ChallengeDef, ChallengeStanding, RuleClock, RuleRep, TierDef, TierSetDef } from "./kinds";
import { tierFor, tiersInForce } from "./tiers";

export interface IncentiveInputs {
  /** Every active rep of the challenges' scopes, with their entries. */
  reps: readonly RuleRep[];
  challenges: readonly ChallengeDef[];
  tierSets: readonly TierSetDef[];
  clock: RuleClock;
}

export interface RepIncentives {
  tier: TierDef | null;
  goals: ChallengeStanding[];
}

export interface IncentiveStandings {
  month: Month;
  /** The tiers in force in the month. */
  tiers: readonly TierDef[];
  /** The challenges running in the month, by end then title. */
  challenges: ChallengeDef[];
  /** Per rep: the tier earned and the standings of the challenges they take part in. */
  reps: Map<string, RepIncentives>;
  /** Team goals: one standing per team and team challenge. */
  teams: ChallengeStanding[];
}

/** Whether `challenge` runs in `month`. */
export function runsIn(challenge: ChallengeDef, month: Month): boolean {
  return challenge.from <= month && month <= challenge.to;
}

const byEndThenTitle = (a: ChallengeDef, b: ChallengeDef) =>
  a.to.localeCompare(b.to) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/** The incentives of the month `inputs.clock.at`. */
export function judgeIncentives(inputs: IncentiveInputs): IncentiveStandings {
  const { reps, tierSets, clock } = inputs;
  const tiers = tiersInForce(tierSets, clock.at);
  const challenges = inputs.challenges.filter((c) => runsIn(c, clock.at)).sort(byEndThenTitle);
  const byRep = new Map<string, RepIncentives>(
    reps.map((rep) => [rep.userId, { tier: tierFor(tiers, rep.entries[clock.at]?.total ?? null), goals: [] }]),
  );
  const teams: ChallengeStanding[] = [];
  for (const challenge of challenges) {
    const result = judgeChallenge(challenge, reps, clock);
    for (const [userId, goal] of result.reps) byRep.get(userId)?.goals.push(goal);
    teams.push(...result.teams);
  }
  return { month: clock.at, tiers, challenges, reps: byRep, teams };
}

/** One rep's incentives (no tier and no goals for someone outside the inputs). */
export function incentivesOf(standings: IncentiveStandings, userId: string): RepIncentives {
  return standings.reps.get(userId) ?? { tier: null, goals: [] };
}

/**
 * Goals as someone who may not see the team's SSI figures sees them (a rep on
 * a names-only board): a team goal keeps its status but not its figures, since
 * the team's average (or its place) and the rep's own score give the others' away.
 */
export function withoutTeamFigures(goals: readonly ChallengeStanding[]): ChallengeStanding[] {
  return goals.map((goal) => {
    if (KIND_SPECS[goal.kind].judged === "rep") return goal;
    const shown: ChallengeStanding = { ...goal, progress: { current: null, target: goal.progress.target } };
    delete shown.position;
    return shown;
  });
}
