// CSV that opens correctly in Excel in French and English settings: UTF-8
// with a byte-order mark, and the separator and decimal mark that Excel
// expects for the locale (French: ";" and ","; English: "," and ".").
import Papa from "papaparse";
import type { AppLocale } from "@/platform/i18n/config";

const BOM = "\uFEFF";

/** The separator and the decimal mark of `locale`'s spreadsheets. */
export function dialect(locale: AppLocale) {
  return locale === "fr" ? { delimiter: ";", decimal: (v: string) => v.replace(".", ",") } : { delimiter: ",", decimal: (v: string) => v };
}

const NEWLINE = "\r\n";

/** Rows of cells already written as text, as CSV lines (each ending with a newline). */
function lines(locale: AppLocale, rows: string[][]): string {
  if (rows.length === 0) return "";
  return Papa.unparse(rows, { delimiter: dialect(locale).delimiter, newline: NEWLINE }) + NEWLINE;
}

/** A CSV file: header, then rows of cells already written as text. */
export function toCsv(locale: AppLocale, header: string[], rows: string[][]): string {
  return BOM + lines(locale, [header]) + lines(locale, rows);
}

/**
 * The same file, written as its rows come: a board of 50,000 reps goes out
 * page by page, and the server never holds the whole file.
 */
export function csvStream(locale: AppLocale, header: string[], batches: AsyncIterable<string[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + lines(locale, [header])));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(lines(locale, next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * A text cell (a name, a title) that a spreadsheet will show rather than run:
 * one starting like a formula gets a leading apostrophe. Number cells are
 * never passed here, so a progress of -2.5 stays a number.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
