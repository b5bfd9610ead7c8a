// The company's calendar: which month it is "now" for logging and boards.
import { currentMonth, type Month } from "./month";

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
