// What the API returns for scores: numbers in JSON (their text is the exact
// decimal, e.g. 20.973), the month as YYYY-MM.
import type { ScoreRecord } from "./data";
import { optionalNumber } from "@/platform/numbers/decimal";
import { byField, mapScoreValues, PILLARS, type Pillar, type ScoreValue } from "./score";

const NONE = mapScoreValues({} as Record<ScoreValue, null>, () => null);

/** A score's values as JSON numbers; the optional ones null when unknown (or left out). */
export function scoreValuesJson(values: Partial<Record<ScoreValue, string | null>>): Record<ScoreValue, number | null> {
  return mapScoreValues({ ...NONE, ...values }, (value) => optionalNumber(value));
}

/** The four pillars as JSON numbers; null on a totals-only entry. */
export function pillarsJson(pillars: Record<Pillar, string | null>): Record<Pillar, number | null> {
  return byField(PILLARS, (p) => optionalNumber(pillars[p]));
}

/** A stored entry as the API returns it. */
export function scoreJson(userId: string, score: ScoreRecord) {
  return {
    userId,
    month: score.month,
    ...scoreValuesJson(score),
    source: score.source,
    enteredBy: score.enteredBy,
    updatedAt: score.updatedAt,
  };
}
