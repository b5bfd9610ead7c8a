import "server-only";
import { db } from "../db/prisma";
import { addMonths, dateToMonth, monthToDate, type Month } from "../month";
import { decimalString, type ScoreView } from "./score";

const scoreColumns = {
  month: true,
  total: true,
  brand: true,
  people: true,
  insights: true,
  relationships: true,
  industryRankPct: true,
  networkRankPct: true,
  industryAvg: true,
  networkAvg: true,
} as const;

type ScoreRow = {
  month: Date;
  total: { toString(): string };
  brand: { toString(): string };
  people: { toString(): string };
  insights: { toString(): string };
  relationships: { toString(): string };
  industryRankPct: { toString(): string } | null;
  networkRankPct: { toString(): string } | null;
  industryAvg: { toString(): string } | null;
  networkAvg: { toString(): string } | null;
};

function toView(row: ScoreRow): ScoreView {
  return {
    month: dateToMonth(row.month),
    total: row.total.toString(),
    brand: row.brand.toString(),
    people: row.people.toString(),
    insights: row.insights.toString(),
    relationships: row.relationships.toString(),
    industryRankPct: decimalString(row.industryRankPct),
    networkRankPct: decimalString(row.networkRankPct),
    industryAvg: decimalString(row.industryAvg),
    networkAvg: decimalString(row.networkAvg),
  };
}

/** A rep's monthly scores over the `count` months that end with `lastMonth`, newest first. */
export async function scoreHistory(userId: string, lastMonth: Month, count = 12): Promise<ScoreView[]> {
  const rows = await db().scoreEntry.findMany({
    where: {
      userId,
      month: { gte: monthToDate(addMonths(lastMonth, 1 - count)), lte: monthToDate(lastMonth) },
    },
    orderBy: { month: "desc" },
    select: scoreColumns,
  });
  return rows.map(toView);
}
