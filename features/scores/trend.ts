// Twelve-month trends for the charts: the rep's own SSI, a team's averages.
import { addMonths, monthRange, type Month } from "@/platform/time/month";
import { optionalNumber } from "@/platform/numbers/decimal";
import { AVERAGE_VALUES, byField, REQUIRED_VALUES, type AverageValue, type RequiredValue } from "@/features/scores/score";

/** How many months a trend chart shows, the last one included. */
export const TREND_MONTHS = 12;

const CHART_VALUES = [...REQUIRED_VALUES, ...AVERAGE_VALUES] as const;
type ChartValue = RequiredValue | AverageValue;

/** One month of a chart: null where nothing was logged. */
export type ChartPoint = { month: Month } & Record<ChartValue, number | null>;

/** The first month of the trend that ends with `month`. */
export function trendStart(month: Month): Month {
  return addMonths(month, 1 - TREND_MONTHS);
}

/** One point a month for the trend ending with `month`, from rows in any order (missing months are gaps). */
export function trendPoints(month: Month, rows: readonly ({ month: Month } & Partial<Record<ChartValue, string | null>>)[]): ChartPoint[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthRange(trendStart(month), month).map((m) => {
    const row = byMonth.get(m);
    return { month: m, ...byField(CHART_VALUES, (f) => optionalNumber(row?.[f])) };
  });
}
