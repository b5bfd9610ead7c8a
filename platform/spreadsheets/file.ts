// An export's table written as a file in the format asked for.
import { csvStream } from "./csv";
import { csvHeader, csvRows } from "./csv-table";
import type { AppLocale } from "@/platform/i18n/config";
import { xlsxStream } from "./workbook";
import type { Column } from "./columns";
import { EXPORT_FORMATS, type ExportFormat } from "./format";

/** What an export writes: its columns, and its rows in batches (each read once the one before has gone out). */
export interface ExportTable<R> {
  locale: AppLocale;
  /** The workbook's sheet name, in the reader's language. */
  sheet: string;
  columns: readonly Column<R>[];
  rows: AsyncIterable<readonly R[]>;
  /** The zone whose wall clock a workbook shows instants in (a CSV writes them in UTC, ISO 8601). */
  timeZone?: string;
}

/** An export's file name in each format, without its extension. */
export type ExportNames = Record<ExportFormat, string>;

/** A file to download: its bytes as they are written, its name and type. */
export interface ExportFile {
  body: ReadableStream<Uint8Array>;
  filename: string;
  contentType: string;
}

async function* mapBatches<T, U>(batches: AsyncIterable<T>, map: (batch: T) => U): AsyncGenerator<U> {
  for await (const batch of batches) yield map(batch);
}

const WRITERS: Record<ExportFormat, <R>(table: ExportTable<R>) => ReadableStream<Uint8Array>> = {
  csv: (table) => csvStream(table.locale, csvHeader(table.locale, table.columns), mapBatches(table.rows, (rows) => csvRows(table.locale, table.columns, rows))),
  xlsx: (table) => xlsxStream({ name: table.sheet, columns: table.columns, timeZone: table.timeZone }, table.rows),
};

/** `table` written in `format`, named after `names`. */
export function exportFile<R>(format: ExportFormat, table: ExportTable<R>, names: ExportNames): ExportFile {
  const { contentType, extension } = EXPORT_FORMATS[format];
  return { body: WRITERS[format](table), filename: `${names[format]}.${extension}`, contentType };
}

/** Rows already at hand, as the one batch of a table. */
export async function* oneBatch<R>(rows: readonly R[]): AsyncGenerator<readonly R[]> {
  yield rows;
}
