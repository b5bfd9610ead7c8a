// Bonus tiers: which set is in force in a month, and which tier a total earns.
import type { Month } from "@/platform/time/month";
import { milliToText, toMilli } from "@/platform/numbers/decimal";
import type { TierDef, TierSetDef } from "./kinds";

/** The set in force in `month`: the latest that took effect on or before it, or null before the first. */
export function setInForce(sets: readonly TierSetDef[], month: Month): TierSetDef | null {
  let found: TierSetDef | null = null;
  for (const set of sets) {
    if (set.effectiveFrom <= month && (!found || set.effectiveFrom > found.effectiveFrom)) found = set;
  }
  return found;
}

/** The tiers in force in `month` (none before the first set). */
export function tiersInForce(sets: readonly TierSetDef[], month: Month): readonly TierDef[] {
  return setInForce(sets, month)?.tiers ?? [];
}

const byMinDescending = (tiers: readonly TierDef[]) => [...tiers].sort((a, b) => toMilli(b.minTotal) - toMilli(a.minTotal));

/** The highest tier `total` reaches, or null. */
export function tierFor(tiers: readonly TierDef[], total: string | null): TierDef | null {
  if (total === null) return null;
  return byMinDescending(tiers).find((tier) => toMilli(total) >= toMilli(tier.minTotal)) ?? null;
}

/** The next tier above `total` and the points it still needs, or null at the top. */
export function nextTier(tiers: readonly TierDef[], total: string | null): { tier: TierDef; needs: string } | null {
  const current = total === null ? -1 : toMilli(total);
  const above = byMinDescending(tiers)
    .reverse()
    .find((tier) => toMilli(tier.minTotal) > current);
  if (!above) return null;
  return { tier: above, needs: milliToText(toMilli(above.minTotal) - Math.max(current, 0)) };
}
