// Where every rep (and team) stands in one challenge: pure rules, the same
// for the board, the rep's page, the wall, the API and the payout report.
import type { ChallengeDef, ChallengeKind, RuleClock, RuleRep } from "./kinds";
import { judgeGain, judgeRace, judgeThreshold } from "./rep-challenges";
import type { ChallengeResult, Judge } from "./standing";
import { judgeTeamAll, judgeTeamAverage, judgeTeamRace } from "./team-challenges";

/**
 * How each kind is judged: the server half of the kind registry (the other,
 * kind-spec.ts, also runs in the browser; the judges reach server code).
 */
export const KIND_JUDGES: Record<ChallengeKind, Judge> = {
  gain: judgeGain("gain"),
  threshold: judgeThreshold,
  "pillar-gain": judgeGain("pillar-gain"),
  "fair-gain": judgeGain("fair-gain"),
  race: judgeRace,
  "team-average": judgeTeamAverage,
  "team-all": judgeTeamAll,
  "team-race": judgeTeamRace,
};

/** The reps a challenge is about: its team's, or the company's. */
export function inScope(challenge: ChallengeDef, reps: readonly RuleRep[]): RuleRep[] {
  return reps.filter((r) => challenge.teamId === null || r.teamId === challenge.teamId);
}

/** Where each rep of the challenge's scope stands at `clock`. */
export function judgeChallenge(challenge: ChallengeDef, company: readonly RuleRep[], clock: RuleClock): ChallengeResult {
  return KIND_JUDGES[challenge.kind](challenge, inScope(challenge, company), clock);
}
