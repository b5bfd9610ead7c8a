// What a rep's page says about their month, computed from their history.
import { addMonths, type Month } from "@/platform/time/month";
import { toMilli, milliToText } from "@/platform/numbers/decimal";
import { plausibilityFlags, type FlagLimits, type PlausibilityFlag } from "./flags";
import { hasPillars, PILLARS, type Pillar, type ScoreView } from "./score";

export interface MonthSummary {
  latest: ScoreView;
  /** Change since the previous calendar month, in points; null when it was not logged. */
  change: string | null;
  /** null on a totals-only entry. */
  weakest: Pillar | null;
  flags: PlausibilityFlag[];
}

/** The summary of the latest entry in `history` (any order), or null without entries. */
export function summarise(history: readonly ScoreView[], limits?: FlagLimits): MonthSummary | null {
  const sorted = [...history].sort((a, b) => (a.month < b.month ? 1 : -1));
  const latest = sorted[0];
  if (!latest) return null;
  const previous = sorted.find((s) => s.month === addMonths(latest.month as Month, -1)) ?? null;
  const weakest = hasPillars(latest)
    ? PILLARS.reduce((low, p) => (toMilli(latest[p]) < toMilli(latest[low]) ? p : low), PILLARS[0])
    : null;
  return {
    latest,
    change: previous ? milliToText(toMilli(latest.total) - toMilli(previous.total)) : null,
    weakest,
    flags: plausibilityFlags(latest, previous, limits),
  };
}
