// Month headings as people write them in a wall sheet, in English or French:
// 2026-01, 2026/1, 01/2026, 1-2026, Jan 2026, January 2026, janv. 2026,
// janvier 2026, Jan-26, févr.-26. Anything else is not a month (null).
import { monthOf, type Month } from "@/platform/time/month";

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\.$/, "");

/** Every English and French month name and abbreviation, folded (no accents, no dot), to its number. */
const MONTH_NAMES: Map<string, number> = (() => {
  const names = new Map<string, number>();
  for (const locale of ["en", "fr"]) {
    for (const width of ["long", "short"] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" });
      for (let m = 1; m <= 12; m += 1) names.set(fold(format.format(new Date(Date.UTC(2026, m - 1, 15)))), m);
    }
  }
  // Spellings spreadsheets use besides Intl's: "Sept", "juil", "fev", "aout".
  for (const [name, m] of [["sept", 9], ["juil", 7], ["fev", 2], ["aou", 8], ["dec", 12]] as const) names.set(name, m);
  return names;
})();

const year = (text: string): number | null => {
  if (/^\d{4}$/.test(text)) return Number(text);
  return /^\d{2}$/.test(text) ? 2000 + Number(text) : null;
};

const month = (y: number | null, m: number): Month | null =>
  y !== null && y >= 2000 && y <= 2999 && Number.isInteger(m) && m >= 1 && m <= 12 ? monthOf(y, m) : null;

/** The month a heading names, or null. */
export function readMonth(heading: string): Month | null {
  const text = heading.trim();
  let match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return month(Number(match[2]), Number(match[1]));
  match = /^(\p{L}+)\.?[\s\-/]*(\d{2}|\d{4})$/u.exec(text);
  if (match?.[1] && match[2]) {
    const number = MONTH_NAMES.get(fold(match[1]));
    return number === undefined ? null : month(year(match[2]), number);
  }
  return null;
}
