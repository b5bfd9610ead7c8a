// The optional parts of a pasted SSI page: ranks, averages and its date.
import { monthOf, type Month } from "@/platform/time/month";
import { AVERAGE_OF, GROUPS, RANK_OF, type OptionalValue } from "../score";
import { averageEvidence } from "./averages";
import { settle, type Evidence, type Refusals } from "./figures";
import { MONTH_NAMES } from "./labels";
import { rankEvidence } from "./ranks";

/** The ranks and averages the page gives, each read only when all its copies agree; the others refused, with why. */
export function extras(text: string[]): { values: Partial<Record<OptionalValue, string>>; refused: Refusals } {
  const ranks = rankEvidence(text);
  const averages = averageEvidence(text);
  const evidence: Partial<Record<OptionalValue, Evidence>> = {};
  for (const group of GROUPS) {
    evidence[RANK_OF[group]] = ranks[group];
    evidence[AVERAGE_OF[group]] = averages[group];
  }
  return settle(evidence);
}

/** The month the page is dated, when exactly one month-and-year appears. */
export function datedMonth(lines: string[]): Month | undefined {
  const months = new Set<Month>();
  for (const line of lines) {
    for (const match of line.matchAll(/\b([a-z]{3,9})\.?(?:\s+\d{1,2},?)?\s+(?:de\s+)?(\d{4})\b/g)) {
      const number = match[1] ? MONTH_NAMES[match[1]] : undefined;
      if (number && match[2]) months.add(monthOf(Number(match[2]), number));
    }
  }
  return months.size === 1 ? [...months][0] : undefined;
}
