// CSV that opens correctly in Excel in French and English settings: UTF-8
// with a byte-order mark, and the separator and decimal mark that Excel
// expects for the locale (French: ";" and ","; English: "," and ".").
import Papa from "papaparse";
import type { AppLocale } from "../i18n/config";

const BOM = "\uFEFF";

/** The separator and the decimal mark of `locale`'s spreadsheets. */
export function dialect(locale: AppLocale) {
  return locale === "fr" ? { delimiter: ";", decimal: (v: string) => v.replace(".", ",") } : { delimiter: ",", decimal: (v: string) => v };
}

/** A CSV file: header, then rows of cells already written as text. */
export function toCsv(locale: AppLocale, header: string[], rows: string[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { delimiter: dialect(locale).delimiter, newline: "\r\n" });
}

/**
 * A text cell (a name, a title) that a spreadsheet will show rather than run:
 * one starting like a formula gets a leading apostrophe. Number cells are
 * never passed here, so a progress of -2.5 stays a number.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
