// What each kind of challenge is made of, in one place: the inputs it reads,
// its target, how its figures are worded. The schema, the form, the list, the
// describing rules and the wall read it here, so a kind missing from it (or
// missing a part) fails to compile. Plain data: the browser's form reads it too.
// How a kind is judged lives beside the judges (challenges.ts, KIND_JUDGES).
import { PILLAR_MAX } from "@/features/scores/client";
import type { ChallengeKind } from "./kinds";

/** A target's range, its unit and the validation message that names both. */
export interface TargetRule {
  unit: "points" | "ssi" | "percent";
  max: number;
  code: "target-points" | "target-pillar-points" | "target-ssi" | "target-percent";
}

/** How the figure so far reads against the target (describe.ts holds one wording per style). */
export type ProgressStyle = "position" | "signed-points" | "percent" | "reps" | "score";

export interface KindSpec {
  /** Each rep on their own, or each team (every active rep of a winning team is rewarded). */
  judged: "rep" | "team";
  /** The optional inputs the kind reads: the form shows them, the schema requires and keeps them, and clears the others. */
  fields: {
    /** null for races: they rank by position and need no target. */
    target: TargetRule | null;
    /** Races: how many places win. */
    winners: boolean;
    pillar: boolean;
    /** What a race compares; points gained when left blank. */
    measure: boolean;
  };
  /** Only the whole company may run it (error "team-race-company"). */
  companyOnly: boolean;
  progress: ProgressStyle;
  /**
   * What a rep still lacks, in points, while in progress: "gain" counts once a
   * gain is measured, "ssi" from 0 before any entry; null: not said in points.
   */
  stillNeeded: "gain" | "ssi" | null;
}

const POINTS: TargetRule = { unit: "points", max: 100, code: "target-points" };
const SSI: TargetRule = { unit: "ssi", max: 100, code: "target-ssi" };
const NONE = { winners: false, pillar: false, measure: false };

export const KIND_SPECS: Record<ChallengeKind, KindSpec> = {
  gain: { judged: "rep", fields: { ...NONE, target: POINTS }, companyOnly: false, progress: "signed-points", stillNeeded: "gain" },
  threshold: { judged: "rep", fields: { ...NONE, target: SSI }, companyOnly: false, progress: "score", stillNeeded: "ssi" },
  "pillar-gain": {
    judged: "rep",
    fields: { ...NONE, target: { unit: "points", max: PILLAR_MAX, code: "target-pillar-points" }, pillar: true },
    companyOnly: false,
    progress: "signed-points",
    stillNeeded: "gain",
  },
  "fair-gain": {
    judged: "rep",
    fields: { ...NONE, target: { unit: "percent", max: 100, code: "target-percent" } },
    companyOnly: false,
    progress: "percent",
    stillNeeded: null,
  },
  race: { judged: "rep", fields: { ...NONE, target: null, winners: true, measure: true }, companyOnly: false, progress: "position", stillNeeded: null },
  "team-average": { judged: "team", fields: { ...NONE, target: SSI }, companyOnly: false, progress: "score", stillNeeded: null },
  "team-all": { judged: "team", fields: { ...NONE, target: SSI }, companyOnly: false, progress: "reps", stillNeeded: null },
  "team-race": { judged: "team", fields: { ...NONE, target: null, winners: true }, companyOnly: true, progress: "position", stillNeeded: null },
};

export type KindField = keyof KindSpec["fields"];

/** Whether challenges of `kind` read `field` (and so whether the form shows it). */
export function usesField(kind: ChallengeKind, field: KindField): boolean {
  return Boolean(KIND_SPECS[kind].fields[field]);
}

/** Whether the kind ranks reps one against another (the wall names the leader of such a race). */
export function ranksReps(kind: ChallengeKind): boolean {
  const spec = KIND_SPECS[kind];
  return spec.judged === "rep" && spec.fields.winners;
}
