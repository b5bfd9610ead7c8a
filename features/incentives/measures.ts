// How far a rep got in a challenge's period: the baseline (the month before
// `from`), the result (`to` once final, else the latest month logged so far),
// and the gains between them, in exact thousandths.
import { addMonths, type Month } from "@/platform/time/month";
import { milliToText, toMilli } from "@/platform/numbers/decimal";
import type { ChallengeDef, GoalReason, RuleClock, RuleEntry, RuleRep } from "./kinds";

const FULL = 100_000;

/** Whether the challenge's outcome is settled: its last month is over (or closed) and is the month looked at or before it. */
export function isFinal(challenge: ChallengeDef, clock: RuleClock): boolean {
  return clock.at >= challenge.to && (challenge.to < clock.currentMonth || clock.closed.has(challenge.to));
}

/** The month a challenge is judged on at `clock`: its last month, or the month looked at while it runs. */
export function judgedMonth(challenge: ChallengeDef, clock: RuleClock): Month {
  return clock.at < challenge.to ? clock.at : challenge.to;
}

/** The entry a rep's result is read from, or null. */
export function resultEntry(rep: RuleRep, challenge: ChallengeDef, clock: RuleClock): RuleEntry | null {
  if (isFinal(challenge, clock)) return rep.entries[challenge.to] ?? null;
  for (let m = judgedMonth(challenge, clock); m >= challenge.from; m = addMonths(m, -1)) {
    const entry = rep.entries[m];
    if (entry) return entry;
  }
  return null;
}

export type Measured = { ok: true; milli: number; ratio?: { gained: number; room: number } } | { ok: false; reason: GoalReason };

/** What a gain-like challenge measures for a rep: points gained in the total or a pillar, or the share of the headroom. */
export function measureGain(
  rep: RuleRep,
  challenge: ChallengeDef,
  clock: RuleClock,
  measure: "gain" | "pillar-gain" | "fair-gain",
): Measured {
  const before = rep.entries[addMonths(challenge.from, -1)];
  if (!before) return { ok: false, reason: "no-baseline" };
  const after = resultEntry(rep, challenge, clock);
  if (!after) return { ok: false, reason: isFinal(challenge, clock) ? "no-result" : "not-logged-yet" };
  if (measure === "pillar-gain") {
    const pillar = challenge.pillar;
    if (!pillar || !before.pillars || !after.pillars) return { ok: false, reason: "no-pillars" };
    return { ok: true, milli: toMilli(after.pillars[pillar]) - toMilli(before.pillars[pillar]) };
  }
  const gained = toMilli(after.total) - toMilli(before.total);
  if (measure === "gain") return { ok: true, milli: gained };
  const room = FULL - toMilli(before.total);
  // Starting at 100 leaves nothing to gain: the share is undefined, not 0 %.
  if (room <= 0) return { ok: false, reason: "no-headroom" };
  // Percent in thousandths, rounded to one decimal for display; comparisons use `ratio`.
  return { ok: true, milli: Math.round((gained * FULL) / room / 100) * 100, ratio: { gained, room } };
}

/** Whether a measured share reaches `targetPercent` (exact: gained / room ≥ P / 100). */
export function fairReaches(ratio: { gained: number; room: number }, targetPercent: string): boolean {
  return ratio.gained * FULL >= toMilli(targetPercent) * ratio.room;
}

/** A measured value's ordering key: the exact share for fair gains, else the points. */
export function orderKey(measured: { milli: number; ratio?: { gained: number; room: number } }): number {
  return measured.ratio ? measured.ratio.gained / measured.ratio.room : measured.milli;
}

export const text = milliToText;
