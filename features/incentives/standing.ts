import type { ChallengeDef, GoalReason, ChallengeStanding, GoalStatus, RuleClock, RuleRep } from "./kinds";

export interface ChallengeResult {
  /** One standing per rep in the challenge's scope, by user id. */
  reps: Map<string, ChallengeStanding>;
  /** Team kinds: one standing per team of the scope. */
  teams: ChallengeStanding[];
}

/** How one kind of challenge is judged, given the reps of its scope (challenges.ts lists one per kind). */
export type Judge = (challenge: ChallengeDef, reps: readonly RuleRep[], clock: RuleClock) => ChallengeResult;

/** A standing with the challenge's own fields filled in. */
export function standing(
  challenge: ChallengeDef,
  status: GoalStatus,
  progress: ChallengeStanding["progress"],
  extra: { position?: number; reason?: GoalReason; teamId?: string | null } = {},
): ChallengeStanding {
  const { id: challengeId, title, kind, reward, from, to, winners } = challenge;
  return { challengeId, title, kind, status, progress, reward, from, to, winners, ...extra };
}

/** Not reached: missed once final, still in progress before. */
export const notYet = (final: boolean): GoalStatus => (final ? "missed" : "in-progress");
