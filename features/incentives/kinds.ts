// What an incentive is, as the rules see it: plain data, no database.
import type { Month } from "@/platform/time/month";
import type { Pillar } from "@/features/scores/client";

/**
 * Every kind of challenge, in the order the form offers them. A new kind also
 * needs its spec (kind-spec.ts), its judge (challenges.ts) and its label in
 * the message catalogues (kind-spec.test.ts checks those).
 */
export const CHALLENGE_KINDS = ["gain", "threshold", "pillar-gain", "fair-gain", "race", "team-average", "team-all", "team-race"] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** What a race of reps compares: points gained, or the share of the headroom gained. */
export const RACE_MEASURES = ["gain", "fair-gain"] as const;
export type RaceMeasure = (typeof RACE_MEASURES)[number];

export interface Reward {
  text: string;
  /** An exact decimal ("150", "75.5"), or null when the reward is not money. */
  amount: string | null;
  /** ISO 4217 code, upper case; set exactly when `amount` is. */
  currency: string | null;
}

export interface TierDef {
  name: string;
  minTotal: string;
  reward: Reward;
}

/** Tiers in force from `effectiveFrom` until the next set. */
export interface TierSetDef {
  effectiveFrom: Month;
  tiers: readonly TierDef[];
}

export interface ChallengeDef {
  id: string;
  title: string;
  kind: ChallengeKind;
  /** null: the whole company. */
  teamId: string | null;
  from: Month;
  to: Month;
  /** Points (gain kinds), an SSI (threshold, team-average, team-all) or a percentage (fair-gain); null for races. */
  target: string | null;
  pillar: Pillar | null;
  winners: number | null;
  measure: RaceMeasure | null;
  reward: Reward;
}

/** One month's entry as the rules need it; pillars are null on totals-only entries. */
export interface RuleEntry {
  total: string;
  pillars: Record<Pillar, string> | null;
}

/** An active rep and their entries by month. */
export interface RuleRep {
  userId: string;
  name: string;
  teamId: string | null;
  entries: Partial<Record<Month, RuleEntry>>;
}

export type GoalStatus = "achieved" | "in-progress" | "missed" | "not-eligible";

/** Why a goal stands as it does (a message key of `incentives.reasons`). */
export type GoalReason =
  | "no-baseline"
  | "no-result"
  | "not-logged-yet"
  | "no-headroom"
  | "no-pillars"
  | "no-gain"
  | "outside-cut"
  | "team-below"
  | "team-some-below"
  | "team-no-entries";

/** Where one rep stands in one challenge. */
export interface ChallengeStanding {
  challengeId: string;
  title: string;
  kind: ChallengeKind;
  status: GoalStatus;
  /** The figure so far and the target (both exact decimals; percentages for fair gains). */
  progress: { current: string | null; target: string | null };
  /** Races: the rep's (or their team's) place. */
  position?: number;
  reason?: GoalReason;
  reward: Reward;
  from: Month;
  to: Month;
  /** Races: how many win. */
  winners: number | null;
  /** Team kinds: the team judged. */
  teamId?: string | null;
}

/** The company calendar the rules judge against. */
export interface RuleClock {
  /** The month being looked at (a board's month, a payout's month). */
  at: Month;
  /** Today's month in the company's time zone. */
  currentMonth: Month;
  /** Closed months: a closed `to` makes a challenge final even before the calendar moves on. */
  closed: ReadonlySet<Month>;
}
