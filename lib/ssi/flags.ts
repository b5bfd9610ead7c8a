// Plausibility flags: entries that deserve a second look (score faking
// add-ons exist). They never block an entry; managers see them, reps do not.
import { toMilli } from "./decimal";
import { PILLARS, type Pillar } from "./score";

export const JUMP_LIMIT_MILLI = 15_000;
export const PILLAR_MOVE_LIMIT_MILLI = 8_000;
/** Beyond rounding (0.5), the total only matches the pillars at the tolerance's edge. */
export const EDGE_OF_TOLERANCE_MILLI = 500;

export type PlausibilityFlag =
  | { kind: "jump"; delta: number }
  | { kind: "pillar-move"; pillar: Pillar; delta: number }
  | { kind: "total-edge"; gap: number };

type Scored = { total: string } & Record<Pillar, string>;

/** The flags of `entry`, given the entry of the month before (or null). Deltas are in points. */
export function plausibilityFlags(entry: Scored, previous: Scored | null): PlausibilityFlag[] {
  const flags: PlausibilityFlag[] = [];
  const total = toMilli(entry.total);
  const sum = PILLARS.reduce((acc, p) => acc + toMilli(entry[p]), 0);
  if (previous) {
    const jump = total - toMilli(previous.total);
    if (Math.abs(jump) > JUMP_LIMIT_MILLI) flags.push({ kind: "jump", delta: jump / 1000 });
    for (const pillar of PILLARS) {
      const move = toMilli(entry[pillar]) - toMilli(previous[pillar]);
      if (Math.abs(move) > PILLAR_MOVE_LIMIT_MILLI) flags.push({ kind: "pillar-move", pillar, delta: move / 1000 });
    }
  }
  if (Math.abs(total - sum) > EDGE_OF_TOLERANCE_MILLI) flags.push({ kind: "total-edge", gap: (total - sum) / 1000 });
  return flags;
}
