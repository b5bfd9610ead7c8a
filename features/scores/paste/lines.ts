// Line-level reading of a pasted SSI page: normalisation, numbers, and what
// each line is to the structure (a number, a label, a label with its number).
import { parseDecimal } from "@/platform/numbers/decimal";

export const NUMBER = String.raw`\d{1,3}(?:[.,]\d{1,3})?`;
export const TOP_PCT = new RegExp(`\\btop\\s*(${NUMBER})\\s*%`);

/** Lower case, no accents, plain spaces: the form the known words are written in. */
export function normalise(line: string): string {
  return line
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u00a0\u202f\u2007\t]/g, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const milliOf = (text: string | undefined): number | null => (text ? (parseDecimal(text)?.milli ?? null) : null);

const ALONE = new RegExp(`^(${NUMBER})(?:\\s*\\/\\s*25)?$`);
// A label's own text: letters (any script), no digit of its own.
const LABEL = String.raw`([^\d]*\p{L}[^\d]*\p{L}[^\d]*)`;
const SEPARATOR = String.raw`\s*[:|–—-]?\s*`;
const NUMBER_FIRST = new RegExp(`^(${NUMBER})(?:\\s*\\/\\s*25)?${SEPARATOR}${LABEL}$`, "u");
const NUMBER_LAST = new RegExp(`^${LABEL}${SEPARATOR}(${NUMBER})(?:\\s*\\/\\s*25)?$`, "u");
const WORDS_ONLY = new RegExp(`^${LABEL}$`, "u");

/**
 * What one normalised line is to the page's structure:
 * - `number`: a number alone ("20.97", "12,5", "10 / 25");
 * - `label`: words without any digit ("Find the right people");
 * - `labelled`: words and a number at either end ("Build relationships 18.944");
 * - `other`: anything else with a digit ("Top 12%", "53 out of 100", a date).
 */
export type Line =
  | { kind: "number"; milli: number }
  | { kind: "label"; text: string }
  | { kind: "labelled"; milli: number; text: string }
  | { kind: "other" };

export function lineOf(line: string): Line {
  const alone = milliOf(ALONE.exec(line)?.[1]);
  if (alone !== null) return { kind: "number", milli: alone };
  if (WORDS_ONLY.test(line)) return { kind: "label", text: line };
  const first = NUMBER_FIRST.exec(line);
  const firstMilli = milliOf(first?.[1]);
  if (first?.[2] && firstMilli !== null) return { kind: "labelled", milli: firstMilli, text: first[2].trim() };
  const last = NUMBER_LAST.exec(line);
  const lastMilli = milliOf(last?.[2]);
  if (last?.[1] && lastMilli !== null) return { kind: "labelled", milli: lastMilli, text: last[1].trim() };
  return { kind: "other" };
}

/** The number a line holds alone, if it does. */
export function aloneNumber(line: string | undefined): number | null {
  return milliOf(line === undefined ? undefined : ALONE.exec(line)?.[1]);
}
