// The company's calendar: which month it is "now" for logging and boards.
import { addMonths, currentMonth, monthToDate, type Month } from "./month";
import { dateTimeFormat } from "@/platform/intl/formats";

const DEFAULT_TIME_ZONE = "Europe/Paris";

/** The time zone whose calendar decides the current month (SSI_TIME_ZONE, default Europe/Paris). */
export function appTimeZone(): string {
  const zone = process.env.SSI_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    throw new Error(`SSI_TIME_ZONE is not a time zone: ${zone}`);
  }
}

/** The current month in the company's calendar. */
export function thisMonth(now: Date = new Date()): Month {
  return currentMonth(appTimeZone(), now);
}

/** Whole days left in the company's calendar until the end of `month` (0 on its last day, and after it). */
export function daysLeftUntilEndOf(month: Month, timeZone: string = appTimeZone(), now: Date = new Date()): number {
  const fields = dateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  // Both as UTC calendar dates, so no time zone or daylight saving shifts a day.
  const today = Date.UTC(Number(fields.year), Number(fields.month) - 1, Number(fields.day));
  const end = monthToDate(addMonths(month, 1)).getTime() - 86_400_000;
  return Math.max(0, Math.round((end - today) / 86_400_000));
}
