// An export's columns and rows (platform/spreadsheets/columns.ts) as an .xlsx workbook
// of one sheet: typed cells, the header row bold and frozen, widths from the
// content.
//
// Written with exceljs's streaming WorkbookWriter rather than by collecting
// the rows: a company board may hold 50,000 reps, which as exceljs's
// in-memory cells would weigh hundreds of megabytes. Each batch of rows is
// turned into XML and compressed as it comes, and the next batch is read only
// once the client has taken what is waiting, so the server holds about one
// batch. What cannot stream is kept small: the widths come from the first
// batch, and the shared strings (each distinct text once) until the end.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Column, Heading } from "./columns";
import { DATE_TIME_FORMAT, monthValue, MONTH_FORMAT, NUMBER_FORMATS, numberValue, textValue, wallClock } from "./cells";
import { sheetName } from "./sheet-name";
import { columnWidths } from "./widths";

export interface SheetSpec<R> {
  /** In the reader's language; made acceptable to Excel here. */
  name: string;
  columns: readonly Column<R>[];
  /** Instants show as the wall clock of this zone (a cell has none); UTC without one. */
  timeZone?: string;
}

interface CellSpec {
  value: ExcelJS.CellValue;
  numFmt?: string;
  wrap?: boolean;
}

function headingCell(heading: Heading): CellSpec {
  return typeof heading === "string" ? { value: textValue(heading) } : { value: monthValue(heading.month), numFmt: MONTH_FORMAT };
}

function cellOf<R>(column: Column<R>, row: R, timeZone: string | undefined): CellSpec {
  switch (column.kind) {
    case "text":
      // A string is always a text cell in exceljs: "=1+1" stays those four characters.
      return { value: textValue(column.value(row)), wrap: column.wrap };
    case "number": {
      const value = column.value(row);
      return { value: value === null ? null : numberValue(value), numFmt: NUMBER_FORMATS[column.style] };
    }
    case "month": {
      const value = column.value(row);
      return { value: value === null ? null : monthValue(value), numFmt: MONTH_FORMAT };
    }
    case "date-time": {
      const value = column.value(row);
      return { value: value === null ? null : wallClock(value, timeZone), numFmt: DATE_TIME_FORMAT };
    }
  }
}

function addRow(sheet: ExcelJS.Worksheet, cells: readonly CellSpec[], bold = false): void {
  const row = sheet.addRow([]);
  cells.forEach((spec, index) => {
    const cell = row.getCell(index + 1);
    cell.value = spec.value;
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    if (spec.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    if (bold) cell.font = { bold: true };
  });
  row.commit();
}

/** Resolves once `out` has room again (or is gone: the client left). */
function drained(out: PassThrough): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
  });
}

async function write<R>(spec: SheetSpec<R>, batches: AsyncIterable<readonly R[]>, out: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = "SSI Board";
  let sheet: ExcelJS.Worksheet | null = null;
  const open = (sample: readonly R[]) => {
    const opened = workbook.addWorksheet(sheetName(spec.name), { views: [{ state: "frozen", ySplit: 1 }] });
    opened.columns = columnWidths(spec.columns, sample).map((width) => ({ width }));
    addRow(opened, spec.columns.map((column) => headingCell(column.heading)), true);
    return opened;
  };
  for await (const rows of batches) {
    sheet ??= open(rows);
    for (const row of rows) addRow(sheet, spec.columns.map((column) => cellOf(column, row, spec.timeZone)));
    // Leaving the loop closes `batches` (its database reads stop too).
    if (out.destroyed) return;
    await drained(out);
  }
  (sheet ?? open([])).commit();
  await workbook.commit();
}

/** The workbook, written as its rows come; a failure mid-way breaks the download (its status is already sent). */
export function xlsxStream<R>(spec: SheetSpec<R>, batches: AsyncIterable<readonly R[]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // A failure reaches the reader through `chunks` (its next read rejects); without a
  // listener, an error before the first read would also crash the process.
  out.on("error", () => undefined);
  write(spec, batches, out).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  const chunks: AsyncIterator<Buffer> = out[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value));
    },
    cancel() {
      out.destroy();
    },
  });
}
