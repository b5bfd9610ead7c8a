// A score entry as pages and the API see it: decimals as exact strings
// (never floats), the month as YYYY-MM.
import type { Month } from "../month";

export const PILLARS = ["brand", "people", "insights", "relationships"] as const;
export type Pillar = (typeof PILLARS)[number];
export const PILLAR_MAX = 25;

export interface ScoreView {
  month: Month;
  total: string;
  brand: string;
  people: string;
  insights: string;
  relationships: string;
  industryRankPct: string | null;
  networkRankPct: string | null;
  industryAvg: string | null;
  networkAvg: string | null;
}

/** A database decimal as an exact string ("13.118", "53"); null stays null. */
export function decimalString(value: { toString(): string } | null): string | null {
  return value === null ? null : value.toString();
}
