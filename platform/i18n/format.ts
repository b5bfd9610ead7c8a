// Locale-aware display of scores and months. Months are formatted in UTC
// because they are stored as UTC midnight of their first day.
import { monthToDate, type Month } from "@/platform/time/month";
import { dateTimeFormat, numberFormat } from "@/platform/intl/formats";

/** A moment as the pages show it (a token's use, an audit entry): "Dec 2, 2026, 9:22 AM". */
export const DATE_AND_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

/** A score or pillar as the locale writes it: "13.118" → "13,118" in French. */
export function formatScore(locale: string, value: string | number | null): string {
  // null: a pillar of a totals-only entry.
  if (value === null) return "—";
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(Number(value));
}

/** A month as the locale names it: "2026-11" → "novembre 2026" in French. */
export function formatMonth(locale: string, month: Month): string {
  return dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    monthToDate(month),
  );
}

/** A short month for table cells: "nov. 2026". */
export function formatShortMonth(locale: string, month: Month): string {
  return dateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
    monthToDate(month),
  );
}
