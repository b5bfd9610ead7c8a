// Calendar months ("YYYY-MM"). A month is never an instant: it is stored as
// a PostgreSQL `date` (its first day) that Prisma hands over as UTC midnight,
// so every conversion here works in UTC and no server time zone can shift it.

import { dateTimeFormat } from "@/platform/intl/formats";
export type Month = `${number}-${number}`;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The first month the app takes from outside: PostgreSQL has no year 0, and
 * a board reads back a year before the month it shows (SSI began in 2014).
 */
export const FIRST_MONTH = "1900-01";

/** Whether `value` is a month written `YYYY-MM`, from FIRST_MONTH on. */
export function isMonth(value: string): value is Month {
  return MONTH_PATTERN.test(value) && value >= FIRST_MONTH;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a day of the calendar written `YYYY-MM-DD`, from FIRST_MONTH on ("2026-02-30" is not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match || value < FIRST_MONTH) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The month of `year` and `monthNumber` (1–12). */
export function monthOf(year: number, monthNumber: number): Month {
  const normalized = new Date(Date.UTC(year, monthNumber - 1, 1));
  const y = String(normalized.getUTCFullYear()).padStart(4, "0");
  const m = String(normalized.getUTCMonth() + 1).padStart(2, "0");
  return `${y}-${m}` as Month;
}

function parts(month: Month): { year: number; monthNumber: number } {
  const match = MONTH_PATTERN.exec(month);
  if (!match?.[1] || !match[2]) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return { year: Number(match[1]), monthNumber: Number(match[2]) };
}

/** The `date` value that stores `month`: its first day at UTC midnight. */
export function monthToDate(month: Month): Date {
  const { year, monthNumber } = parts(month);
  return new Date(Date.UTC(year, monthNumber - 1, 1));
}

/** The first day of `month` written `YYYY-MM-DD`: what a raw query casts to `::date`. */
export function firstDay(month: Month): string {
  return `${month}-01`;
}

/** The month that a stored `date` (UTC midnight) belongs to. */
export function dateToMonth(date: Date): Month {
  return monthOf(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** `month` moved by `count` months (negative goes back). */
export function addMonths(month: Month, count: number): Month {
  const { year, monthNumber } = parts(month);
  return monthOf(year, monthNumber + count);
}

/** The months from `from` to `to`, both included, oldest first. */
export function monthRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The current month as the calendar reads in `timeZone` at `now`. */
export function currentMonth(timeZone: string, now: Date = new Date()): Month {
  const fields = dateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return monthOf(Number(fields.year), Number(fields.month));
}

/** How many months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  const a = monthToDate(from);
  const b = monthToDate(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}
