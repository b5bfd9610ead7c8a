// What the API returns for scores: numbers in JSON (their text is the exact
// decimal, e.g. 20.973), the month as YYYY-MM.
import type { ScoreRecord } from "../ssi/data";
import { optionalNumber } from "../ssi/decimal";

type Values = Pick<ScoreRecord, "total" | "brand" | "people" | "insights" | "relationships"> & {
  industryRankPct?: string | null;
  networkRankPct?: string | null;
  industryAvg?: string | null;
  networkAvg?: string | null;
};

/** A score's values as JSON numbers; the optional ones null when unknown. */
export function scoreValuesJson(values: Values) {
  return {
    total: Number(values.total),
    brand: Number(values.brand),
    people: Number(values.people),
    insights: Number(values.insights),
    relationships: Number(values.relationships),
    industryRankPct: optionalNumber(values.industryRankPct),
    networkRankPct: optionalNumber(values.networkRankPct),
    industryAvg: optionalNumber(values.industryAvg),
    networkAvg: optionalNumber(values.networkAvg),
  };
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
