// Locale-aware display of scores and months. Months are formatted in UTC
// because they are stored as UTC midnight of their first day.
import { monthToDate, type Month } from "../month";

/** A score or pillar as the locale writes it: "13.118" → "13,118" in French. */
export function formatScore(locale: string, value: string | number | null): string {
  // null: a pillar of a totals-only entry.
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(value));
}

/** A month as the locale names it: "2026-11" → "novembre 2026" in French. */
export function formatMonth(locale: string, month: Month): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    monthToDate(month),
  );
}

/** A short month for table cells: "nov. 2026". */
export function formatShortMonth(locale: string, month: Month): string {
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
    monthToDate(month),
  );
}
