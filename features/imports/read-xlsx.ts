// An Excel workbook (.xlsx) as rows of text, read with exceljs: numbers as
// Excel shows them (15 significant digits, so 18.412 stays 18.412 and a
// formula's 53.000000000000007 is 53), dates as the month they fall in,
// formulas by the value Excel last computed, merged cells as people see them.
import ExcelJS from "exceljs";
import { monthOf } from "@/platform/time/month";
import type { ReadFile, SheetRow } from "./sheet";
import { unpackedSize } from "./zip-size";

/** What a 5 MB workbook may unpack to: far above any real wall sheet, far below the server's memory. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** The rows of the sheet named `wanted` (else the first visible one). */
export async function readWorkbook(bytes: Buffer, wanted: string | null): Promise<ReadFile> {
  const size = unpackedSize(bytes);
  if (size === null) return { ok: false, code: "workbook-unreadable" };
  if (size > MAX_UNPACKED_BYTES) return { ok: false, code: "workbook-too-large" };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // A ZIP that is not a workbook (.docx, .ods, a damaged file).
    return { ok: false, code: "workbook-unreadable" };
  }
  const visible = workbook.worksheets.filter((sheet) => sheet.state === "visible");
  const sheet = wanted === null ? visible[0] : visible.find((s) => s.name === wanted);
  if (!sheet) return wanted === null ? { ok: false, code: "file-empty" } : { ok: false, code: "sheet-unknown" };
  const rows = rowsOf(sheet);
  if (rows.length === 0) return { ok: false, code: "file-empty" };
  return { ok: true, format: "xlsx", sheets: visible.map((s) => s.name), sheet: sheet.name, rows };
}

function rowsOf(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column)));
    while (cells.length > 0 && cells.at(-1) === "") cells.pop();
    if (cells.some((c) => c !== "")) rows.push({ line, cells });
  });
  return rows;
}

/**
 * A merged cell reads as its first cell down a column (a team written once
 * for five reps), and as empty across a row (a title over six columns is
 * one heading, not six).
 */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return cell.master.col === cell.col ? valueText(cell.master.value) : "";
  return valueText(cell.value);
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : monthOf(value.getUTCFullYear(), value.getUTCMonth() + 1);
  if ("richText" in value) return value.richText.map((part) => part.text).join("").trim();
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return valueText(value.text as ExcelJS.CellValue);
  if ("result" in value && value.result !== undefined) return valueText(value.result as ExcelJS.CellValue);
  // A formula the file never computed (written by a program, not by Excel):
  // its text, so that a score cell says it is not a number instead of reading empty.
  if ("formula" in value) return `=${value.formula}`;
  if ("sharedFormula" in value) return `=${value.sharedFormula}`;
  return "";
}

/** A number as Excel shows it: 15 significant digits, no exponent for the sizes a sheet holds. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(Number(value.toPrecision(15)));
}
