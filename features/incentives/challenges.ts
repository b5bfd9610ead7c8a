// Where every rep (and team) stands in one challenge: pure rules, the same
// for the board, the rep's page, the wall, the API and the payout report.
import { rankBy } from "@/features/scores";
import { toMilli } from "@/platform/numbers/decimal";
import type { ChallengeDef, GoalReason, GoalStanding, GoalStatus, RuleClock, RuleRep } from "./kinds";
import { fairReaches, isFinal, measureGain, orderKey, resultEntry, text, type Measured } from "./measures";
import { notYet, standing, type ChallengeResult } from "./standing";
import { judgeTeams } from "./team-challenges";

/** The reps a challenge is about: its team's, or the company's. */
export function inScope(challenge: ChallengeDef, reps: readonly RuleRep[]): RuleRep[] {
  return reps.filter((r) => challenge.teamId === null || r.teamId === challenge.teamId);
}

function judgeGoal(challenge: ChallengeDef, rep: RuleRep, clock: RuleClock): GoalStanding {
  const final = isFinal(challenge, clock);
  const target = challenge.target ?? "0";
  if (challenge.kind === "threshold") {
    const result = resultEntry(rep, challenge, clock);
    const progress = { current: result?.total ?? null, target };
    if (!result) return standing(challenge, notYet(final), progress, { reason: final ? "no-result" : "not-logged-yet" });
    return standing(challenge, toMilli(result.total) >= toMilli(target) ? "achieved" : notYet(final), progress);
  }
  const measure = challenge.kind === "pillar-gain" ? "pillar-gain" : challenge.kind === "fair-gain" ? "fair-gain" : "gain";
  const measured = measureGain(rep, challenge, clock, measure);
  if (!measured.ok) return unmeasured(challenge, measured.reason, target, final);
  const reached = measured.ratio ? fairReaches(measured.ratio, target) : measured.milli >= toMilli(target);
  return standing(challenge, reached ? "achieved" : notYet(final), { current: text(measured.milli), target });
}

function unmeasured(challenge: ChallengeDef, reason: GoalReason, target: string | null, final: boolean): GoalStanding {
  const status: GoalStatus =
    reason === "not-logged-yet" ? "in-progress" : reason === "no-result" ? notYet(final) : "not-eligible";
  return standing(challenge, status, { current: null, target }, { reason });
}

function judgeRace(challenge: ChallengeDef, reps: readonly RuleRep[], clock: RuleClock): Map<string, GoalStanding> {
  const final = isFinal(challenge, clock);
  const winners = challenge.winners ?? 1;
  const measure = challenge.measure === "fair-gain" ? "fair-gain" : "gain";
  const measured = reps.map((rep) => ({ rep, m: measureGain(rep, challenge, clock, measure) }));
  const runners = measured.flatMap(({ rep, m }) => (m.ok ? [{ id: rep.userId, name: rep.name, m }] : []));
  const ranked = rankBy(runners, (r) => orderKey(r.m));
  const positions = new Map(ranked.map((r) => [r.id, r]));
  const result = new Map<string, GoalStanding>();
  for (const { rep, m } of measured) {
    const runner = positions.get(rep.userId);
    if (!runner || !m.ok) {
      result.set(rep.userId, unmeasured(challenge, (m as Extract<Measured, { ok: false }>).reason, null, final));
      continue;
    }
    const progress = { current: text(m.milli), target: null };
    // Ties at the cut all win; a race is won by gaining, not by losing least.
    const wins = runner.rank <= winners && m.milli > 0;
    const reason = runner.rank > winners ? "outside-cut" : m.milli <= 0 ? "no-gain" : undefined;
    const status: GoalStatus = final ? (wins ? "achieved" : "missed") : "in-progress";
    result.set(rep.userId, standing(challenge, status, progress, { position: runner.rank, ...(reason ? { reason } : {}) }));
  }
  return result;
}

/** Where each rep of the challenge's scope stands at `clock`. */
export function judgeChallenge(challenge: ChallengeDef, company: readonly RuleRep[], clock: RuleClock): ChallengeResult {
  const reps = inScope(challenge, company);
  if (challenge.kind === "race") return { reps: judgeRace(challenge, reps, clock), teams: [] };
  if (challenge.kind === "team-average" || challenge.kind === "team-all" || challenge.kind === "team-race") {
    return judgeTeams(challenge, reps, clock);
  }
  return { reps: new Map(reps.map((rep) => [rep.userId, judgeGoal(challenge, rep, clock)])), teams: [] };
}
