// Rep goals: each rep reaches an SSI, gains points (in the total, in a pillar,
// or as a share of the headroom), or races the others by their gain.
import { rankBy } from "@/features/scores/client";
import { toMilli } from "@/platform/numbers/decimal";
import type { ChallengeDef, GoalReason, ChallengeStanding, GoalStatus, RuleClock, RuleRep } from "./kinds";
import { fairReaches, isFinal, measureGain, orderKey, resultEntry, text, type Measured } from "./measures";
import { notYet, standing, type Judge } from "./standing";

type GoalJudge = (challenge: ChallengeDef, rep: RuleRep, clock: RuleClock) => ChallengeStanding;

/** A judge that looks at each rep alone. */
function eachRep(judgeGoal: GoalJudge): Judge {
  return (challenge, reps, clock) => ({ reps: new Map(reps.map((rep) => [rep.userId, judgeGoal(challenge, rep, clock)])), teams: [] });
}

/** Reach an SSI by the end. */
export const judgeThreshold = eachRep((challenge, rep, clock) => {
  const final = isFinal(challenge, clock);
  const target = challenge.target ?? "0";
  const result = resultEntry(rep, challenge, clock);
  const progress = { current: result?.total ?? null, target };
  if (!result) return standing(challenge, notYet(final), progress, { reason: final ? "no-result" : "not-logged-yet" });
  return standing(challenge, toMilli(result.total) >= toMilli(target) ? "achieved" : notYet(final), progress);
});

/** Gain at least the target, measured as `measure` says. */
export function judgeGain(measure: "gain" | "pillar-gain" | "fair-gain"): Judge {
  return eachRep((challenge, rep, clock) => {
    const final = isFinal(challenge, clock);
    const target = challenge.target ?? "0";
    const measured = measureGain(rep, challenge, clock, measure);
    if (!measured.ok) return unmeasured(challenge, measured.reason, target, final);
    const reached = measured.ratio ? fairReaches(measured.ratio, target) : measured.milli >= toMilli(target);
    return standing(challenge, reached ? "achieved" : notYet(final), { current: text(measured.milli), target });
  });
}

function unmeasured(challenge: ChallengeDef, reason: GoalReason, target: string | null, final: boolean): ChallengeStanding {
  const status: GoalStatus =
    reason === "not-logged-yet" ? "in-progress" : reason === "no-result" ? notYet(final) : "not-eligible";
  return standing(challenge, status, { current: null, target }, { reason });
}

/** The reps ranked by their gain (or their share of the headroom); the first `winners` places win. */
export const judgeRace: Judge = (challenge, reps, clock) => {
  const final = isFinal(challenge, clock);
  const winners = challenge.winners ?? 1;
  // The schema stores a race's measure; a blank one has always meant points gained.
  const measure = challenge.measure ?? "gain";
  const measured = reps.map((rep) => ({ rep, m: measureGain(rep, challenge, clock, measure) }));
  const runners = measured.flatMap(({ rep, m }) => (m.ok ? [{ id: rep.userId, name: rep.name, m }] : []));
  const ranked = rankBy(runners, (r) => orderKey(r.m));
  const positions = new Map(ranked.map((r) => [r.id, r]));
  const result = new Map<string, ChallengeStanding>();
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
  return { reps: result, teams: [] };
};
