// What the API returns for a score entry: numbers in JSON (their text is
// the exact decimal, e.g. 20.973), the month as YYYY-MM.
import type { ScoreRecord } from "../ssi/data";

const num = (value: string | null) => (value === null ? null : Number(value));

export function scoreJson(userId: string, score: ScoreRecord) {
  return {
    userId,
    month: score.month,
    total: Number(score.total),
    brand: Number(score.brand),
    people: Number(score.people),
    insights: Number(score.insights),
    relationships: Number(score.relationships),
    industryRankPct: num(score.industryRankPct),
    networkRankPct: num(score.networkRankPct),
    industryAvg: num(score.industryAvg),
    networkAvg: num(score.networkAvg),
    source: score.source,
    enteredBy: score.enteredBy,
    updatedAt: score.updatedAt,
  };
}
