// An export's columns (platform/spreadsheets/columns.ts) as CSV cells for Excel:
// text neutralised, numbers with the locale's decimal mark, months and
// instants as the API writes them (2026-03, ISO 8601).
import type { Column, Heading } from "./columns";
import { formatShortMonth } from "@/platform/i18n/format";
import type { AppLocale } from "@/platform/i18n/config";
import { dialect, textCell } from "./csv";

function headingText(locale: AppLocale, heading: Heading): string {
  return typeof heading === "string" ? heading : formatShortMonth(locale, heading.month);
}

/** The header line's cells. */
export function csvHeader<R>(locale: AppLocale, columns: readonly Column<R>[]): string[] {
  return columns.map((column) => headingText(locale, column.heading));
}

/** Rows as CSV cells, column by column. */
export function csvRows<R>(locale: AppLocale, columns: readonly Column<R>[], rows: readonly R[]): string[][] {
  const decimal = dialect(locale).decimal;
  const cell = (column: Column<R>, row: R): string => {
    switch (column.kind) {
      case "text":
        return textCell(column.value(row));
      case "number": {
        const value = column.value(row);
        return value === null ? "" : typeof value === "number" ? String(value) : decimal(value);
      }
      case "month":
      case "date-time":
        return column.value(row) ?? "";
    }
  };
  return rows.map((row) => columns.map((column) => cell(column, row)));
}
