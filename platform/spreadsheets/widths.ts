// Column widths from the content, as Excel measures them (about one unit
// per character of its default font), within bounds: a long challenge line
// wraps rather than pushing the next column off the screen.
import type { Column, Heading } from "./columns";
import { formatShortMonth } from "@/platform/i18n/format";

export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;
/** Room for the cell's margins and, on the header, its bold letters. */
const PADDING = 2;

const DATE_TIME_CHARS = "2026-03-01 09:30:00".length;
const MONTH_CHARS = "Sept. 2026".length;

const longestLine = (text: string) => Math.max(0, ...text.split("\n").map((line) => line.length));

function headingChars(heading: Heading): number {
  // Month names are Excel's, in the reader's language; an English short name is a fair measure.
  return typeof heading === "string" ? longestLine(heading) : formatShortMonth("en", heading.month).length;
}

function valueChars<R>(column: Column<R>, row: R): number {
  switch (column.kind) {
    case "text":
      return longestLine(column.value(row));
    case "number": {
      const value = column.value(row);
      if (value === null) return 0;
      // Amounts show two decimals and a thousands separator.
      return column.style === "amount" ? Number(value).toFixed(2).length + Math.floor(String(Math.trunc(Number(value))).length / 3) : String(value).length;
    }
    case "month":
      return column.value(row) === null ? 0 : MONTH_CHARS;
    case "date-time":
      return column.value(row) === null ? 0 : DATE_TIME_CHARS;
  }
}

/** Each column's width, from its heading and `sample` (the first rows: a large export streams the rest). */
export function columnWidths<R>(columns: readonly Column<R>[], sample: readonly R[]): number[] {
  return columns.map((column) => {
    const widest = sample.reduce((most, row) => Math.max(most, valueChars(column, row)), headingChars(column.heading));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + PADDING));
  });
}
