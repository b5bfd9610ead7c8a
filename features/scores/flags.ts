// Plausibility flags: entries that deserve a second look (score faking
// add-ons exist). They never block an entry; managers see them, reps do not.
import { toMilli } from "@/platform/numbers/decimal";
import { PILLARS, pillarsOf, type Pillar } from "./score";
import { DEFAULT_FLAG_LIMITS, type FlagLimits } from "@/features/settings/client";

export { DEFAULT_FLAG_LIMITS, type FlagLimits };

/** Beyond rounding (0.5), the total only matches the pillars at the tolerance's edge. */
export const EDGE_OF_TOLERANCE_MILLI = 500;

export type PlausibilityFlag =
  | { kind: "jump"; delta: number }
  | { kind: "pillar-move"; pillar: Pillar; delta: number }
  | { kind: "total-edge"; gap: number };

/** An entry; its pillars are all null when it is totals-only. */
type Scored = { total: string } & Record<Pillar, string | null>;

/**
 * The flags of `entry`, given the entry of the month before (or null).
 * Deltas are in points. Pillar checks need pillars on both sides.
 */
export function plausibilityFlags(entry: Scored, previous: Scored | null, limits: FlagLimits = DEFAULT_FLAG_LIMITS): PlausibilityFlag[] {
  const flags: PlausibilityFlag[] = [];
  const total = toMilli(entry.total);
  const pillars = pillarsOf(entry);
  if (previous) {
    const jump = total - toMilli(previous.total);
    if (Math.abs(jump) > limits.jumpMilli) flags.push({ kind: "jump", delta: jump / 1000 });
    const before = pillarsOf(previous);
    if (pillars && before) {
      for (const pillar of PILLARS) {
        const move = toMilli(pillars[pillar]) - toMilli(before[pillar]);
        if (Math.abs(move) > limits.pillarMoveMilli) flags.push({ kind: "pillar-move", pillar, delta: move / 1000 });
      }
    }
  }
  if (pillars) {
    const sum = PILLARS.reduce((acc, p) => acc + toMilli(pillars[p]), 0);
    if (Math.abs(total - sum) > EDGE_OF_TOLERANCE_MILLI) flags.push({ kind: "total-edge", gap: (total - sum) / 1000 });
  }
  return flags;
}
