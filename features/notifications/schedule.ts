// When the scheduled messages are due, in the company's calendar: plain
// dates, no database. The tick job (tick.ts) asks this every few minutes;
// each message's idempotency key makes the asking harmless.
import { dateTimeFormat } from "@/platform/intl/formats";
import { monthOf, type Month } from "@/platform/time/month";

/** Reminders wait for the working day to start. */
export const SEND_FROM_HOUR = 9;
/** The second reminder and the managers' digest: this many days before the month ends. */
export const DAYS_BEFORE_END = 3;

export interface LocalDay {
  month: Month;
  day: number;
  /** Days in the month. */
  days: number;
  hour: number;
}

/** `now` in `timeZone`'s calendar. */
export function localDay(now: Date, timeZone: string): LocalDay {
  const parts = Object.fromEntries(
    dateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", hourCycle: "h23" })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  const monthNumber = Number(parts.month);
  return {
    month: monthOf(year, monthNumber),
    day: Number(parts.day),
    days: new Date(Date.UTC(year, monthNumber, 0)).getUTCDate(),
    hour: Number(parts.hour) % 24,
  };
}

/** The first Monday-to-Friday day of `month` (public holidays are not known). */
export function firstWorkingDay(month: Month): number {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  for (let day = 1; ; day++) {
    const weekday = new Date(Date.UTC(year, monthNumber - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return day;
  }
}

export type Due = "log-reminder" | "log-last-call" | "manager-digest";

/** What is due at `now` in `timeZone`: the same answer all day long, nothing before SEND_FROM_HOUR. */
export function dueAt(now: Date, timeZone: string): { month: Month; due: Due[] } {
  const today = localDay(now, timeZone);
  const due: Due[] = [];
  if (today.hour >= SEND_FROM_HOUR) {
    if (today.day === firstWorkingDay(today.month)) due.push("log-reminder");
    if (today.days - today.day === DAYS_BEFORE_END) due.push("log-last-call", "manager-digest");
  }
  return { month: today.month, due };
}
