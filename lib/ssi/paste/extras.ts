// The optional parts of a pasted SSI page: ranks, averages and its date.
import { monthOf, type Month } from "../../month";
import { parseDecimal } from "../decimal";
import { AVERAGE_OF, RANK_OF, type AverageValue, type Group, type RankValue } from "../score";
import { AVERAGE_WORDS, INDUSTRY_WORDS, MONTH_NAMES, NETWORK_WORDS } from "./labels";
import { NUMBER, TOP_PCT } from "./lines";

/**
 * "Top 12%" with the industry or network word on its line or the line before. A page whose words are unknown still gives its two ranks, in LinkedIn's
 * order: the industry's, then the network's.
 */
export function ranks(lines: string[]): Partial<Record<RankValue, string>> {
  const result: Partial<Record<RankValue, string>> = {};
  const unnamed: string[] = [];
  lines.forEach((line, index) => {
    const match = TOP_PCT.exec(line);
    if (!match?.[1]) return;
    const value = parseDecimal(match[1], 2)?.text;
    if (!value) return;
    // Its own line, else the line before (LinkedIn's label, "Industry SSI rank");
    // never the line after, which may be another part of the page.
    const before = lines[index - 1];
    const candidates = before === undefined || TOP_PCT.test(before) ? [line] : [line, before];
    const context = candidates.find((l) => INDUSTRY_WORDS.test(l) || NETWORK_WORDS.test(l));
    if (!context) unnamed.push(value);
    else result[RANK_OF[INDUSTRY_WORDS.test(context) ? "industry" : "network"]] ??= value;
  });
  const [industry, network, ...more] = unnamed;
  if (Object.keys(result).length === 0 && industry && network && more.length === 0) {
    return { [RANK_OF.industry]: industry, [RANK_OF.network]: network };
  }
  return result;
}

/** "... have an average SSI of 23" for the industry and the network. */
export function averages(lines: string[]): Partial<Record<AverageValue, string>> {
  const result: Partial<Record<AverageValue, string>> = {};
  let section: Group | null = null;
  for (const line of lines) {
    const isAverage = AVERAGE_WORDS.test(line);
    if (!isAverage && INDUSTRY_WORDS.test(line) && !TOP_PCT.test(line)) section = "industry";
    else if (!isAverage && NETWORK_WORDS.test(line) && !TOP_PCT.test(line)) section = "network";
    if (!isAverage) continue;
    const kind = INDUSTRY_WORDS.test(line) ? "industry" : NETWORK_WORDS.test(line) ? "network" : section;
    // A whole number, not the digits of a longer one nor a percentage.
    const value = new RegExp(`(?<![\\d.,])(${NUMBER})(?![\\d%]|[.,]\\d|\\s*%)`).exec(line.replace(/\bssi\b/g, ""))?.[1];
    const parsed = value ? parseDecimal(value) : null;
    if (kind && parsed && parsed.milli <= 100_000) result[AVERAGE_OF[kind]] ??= parsed.text;
  }
  return result;
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

