// Personal goals ("50 by December") and how they stand. Not a challenge's
// standing (ChallengeStanding, features/incentives/kinds.ts), which is where a
// rep or team stands in a challenge; the two GoalStatus types are as distinct.
import { addMonths, monthsBetween, type Month } from "@/platform/time/month";
import { toMilli } from "@/platform/numbers/decimal";

export type GoalStatus = "achieved" | "on-track" | "at-risk" | "missed";

/** How many recent months the trend is drawn from. */
export const TREND_MONTHS = 6;

export interface GoalAssessment {
  status: GoalStatus;
  /** The SSI the trend reaches by the due month, when there is a trend. */
  projected: number | null;
}

/** Least-squares slope, in thousandths per month, of (month index, total) points. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const meanX = points.reduce((a, p) => a + p.x, 0) / n;
  const meanY = points.reduce((a, p) => a + p.y, 0) / n;
  const num = points.reduce((a, p) => a + (p.x - meanX) * (p.y - meanY), 0);
  const den = points.reduce((a, p) => a + (p.x - meanX) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** Where a goal of `target` by `dueMonth` stands in `currentMonth`, given the rep's monthly totals. */
export function assessGoal(
  goal: { target: string; dueMonth: Month },
  history: readonly { month: Month; total: string }[],
  currentMonth: Month,
): GoalAssessment {
  const target = toMilli(goal.target);
  const upToDue = history.filter((h) => h.month <= goal.dueMonth && h.month <= currentMonth);
  if (upToDue.some((h) => toMilli(h.total) >= target)) return { status: "achieved", projected: null };
  if (currentMonth > goal.dueMonth) return { status: "missed", projected: null };

  const since = addMonths(currentMonth, 1 - TREND_MONTHS);
  const recent = upToDue
    .filter((h) => h.month >= since)
    .map((h) => ({ x: monthsBetween(since, h.month), y: toMilli(h.total) }))
    .sort((a, b) => a.x - b.x);
  const latest = recent.at(-1);
  if (!latest || recent.length < 2) return { status: "at-risk", projected: null };
  const projectedMilli = latest.y + slope(recent) * (monthsBetween(since, goal.dueMonth) - latest.x);
  const projected = Math.round(Math.min(100_000, Math.max(0, projectedMilli)) / 100) / 10;
  return { status: projectedMilli >= target ? "on-track" : "at-risk", projected };
}
