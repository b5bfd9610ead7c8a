// The columns of an export, written once per export and read by both writers
// (platform/spreadsheets/csv-table.ts, platform/spreadsheets/workbook.ts): what a column is called, what kind
// of cell it holds, and how a row gives its value. The kind decides the cell:
// a CSV writes text, a workbook a typed cell (text, number, date).
import type { Month } from "@/platform/time/month";

/** A column's heading: words, or a month (the wall table's: a date cell in a workbook, the month's short name in a CSV). */
export type Heading = string | { month: Month };

/**
 * How a number column shows in a workbook: whole numbers (a rank), decimals
 * up to three (a score: 18.412, 20.97, 53.0), or exactly two (an amount).
 */
export type NumberStyle = "whole" | "decimal" | "amount";

export type Column<R> =
  /** Names and everything typed by people: always text, never a formula. `wrap`: it may hold several lines. */
  | { kind: "text"; heading: Heading; value: (row: R) => string; wrap?: boolean }
  /** An exact decimal string ("18.412", "-2.5") or a whole number; null: an empty cell. */
  | { kind: "number"; heading: Heading; style: NumberStyle; value: (row: R) => string | number | null }
  | { kind: "month"; heading: Heading; value: (row: R) => Month | null }
  /** An instant, ISO 8601 ("2026-03-01T09:30:00.000Z"). */
  | { kind: "date-time"; heading: Heading; value: (row: R) => string | null };
