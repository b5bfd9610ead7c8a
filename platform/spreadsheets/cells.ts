// What a workbook cell holds for each kind of column (platform/spreadsheets/columns.ts):
// exact decimal strings become numbers only when the number reads back as
// the same decimal, months become the UTC first of the month, instants the
// wall clock of the company's zone. Excel's dates carry no zone: a month
// written as UTC midnight reads as that month wherever the file is opened.
import type { NumberStyle } from "./columns";
import { dateTimeFormat } from "@/platform/intl/formats";
import { monthToDate, type Month } from "@/platform/time/month";

/** Excel's number formats per style; Excel shows "." and "," as the reader's locale writes them. */
export const NUMBER_FORMATS: Record<NumberStyle, string> = {
  whole: "0",
  // At least one decimal, so a whole score does not show as "53." with a bare point.
  decimal: "0.0##",
  amount: "#,##0.00",
};

export const MONTH_FORMAT = "mmm yyyy";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/** The most characters Excel keeps in a cell; a longer text makes it "repair" the file. */
export const MAX_TEXT = 32_767;

const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/**
 * A score or an amount as a number cell. A double holds 15 significant
 * digits exactly; the scores and amounts here have at most 6, so the number
 * Excel shows is the decimal the database holds. Anything else is a bug.
 */
export function numberValue(value: string | number): number {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${value}`);
    return value;
  }
  const match = DECIMAL.exec(value);
  const digits = (match?.[1] ?? "").replace(/^0+/, "") + (match?.[2] ?? "");
  if (!match || digits.length > 15) throw new RangeError(`Not an exact decimal: ${value}`);
  return Number(value);
}

/** A month as the date cell of its first day, UTC midnight. */
export function monthValue(month: Month): Date {
  return monthToDate(month);
}

/** An instant as the date-time Excel should show: the wall clock in `timeZone` (UTC without one). */
export function wallClock(instant: string, timeZone = "UTC"): Date {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${instant}`);
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  })
    .formatToParts(date)
    .reduce<Record<string, number>>((acc, p) => (p.type === "literal" ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, date.getUTCMilliseconds()));
}

/** A text cell's value: null when empty (an empty cell, not an empty string), cut to what Excel keeps. */
export function textValue(value: string): string | null {
  if (value === "") return null;
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
}
