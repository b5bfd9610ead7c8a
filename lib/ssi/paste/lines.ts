// Line-level reading of a pasted SSI page: normalisation and numbers.
import { parseDecimal } from "../decimal";

export const NUMBER = String.raw`\d{1,3}(?:[.,]\d{1,3})?`;
export const PURE_NUMBER = new RegExp(`^(${NUMBER})(?:\\s*\\/\\s*(?:25|100))?$`);
export const TOP_PCT = new RegExp(`\\btop\\s*(${NUMBER})\\s*%`);

/** Lower case, no accents, plain spaces: the form the labels are written in. */
export function normalise(line: string): string {
  return line
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u00a0\u202f\u2007\t]/g, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function pureNumber(line: string | undefined): number | null {
  const match = line === undefined ? null : PURE_NUMBER.exec(line);
  return match?.[1] ? (parseDecimal(match[1])?.milli ?? null) : null;
}

