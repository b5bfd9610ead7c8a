// An .xlsx file read back with exceljs, as a spreadsheet would open it:
// each cell with its type, value and number format. For the unit tests and
// the end-to-end ones alike.
import ExcelJS from "exceljs";
import { xlsxStream, type SheetSpec } from "../../platform/spreadsheets/workbook";

/** The workbook the app writes for `rows`, as bytes. */
export async function xlsxBytes<R>(spec: SheetSpec<R>, rows: readonly R[]): Promise<Uint8Array> {
  async function* once() {
    yield rows;
  }
  return new Uint8Array(await new Response(xlsxStream(spec, once())).arrayBuffer());
}

/** The workbook's only sheet (the test fails on a file with none or several). */
export async function readSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  if (workbook.worksheets.length !== 1) throw new Error(`expected one sheet, found ${workbook.worksheets.length}`);
  const [sheet] = workbook.worksheets;
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

/** Row `row`'s values, from column 1 to the sheet's last (empty cells as null). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number): ExcelJS.CellValue[] {
  const cells: ExcelJS.CellValue[] = [];
  for (let column = 1; column <= sheet.columnCount; column++) cells.push(sheet.getRow(row).getCell(column).value ?? null);
  return cells;
}

/** The number of the first row below the header whose cell in `column` holds `value`. */
export function rowOf(sheet: ExcelJS.Worksheet, value: ExcelJS.CellValue, column = 1): number {
  for (let row = 2; row <= sheet.rowCount; row++) if (sheet.getRow(row).getCell(column).value === value) return row;
  throw new Error(`no row with ${String(value)} in column ${column}`);
}


/** Every cell's value as text, a line per row (what an answer shows, for the authorization matrix). */
export function sheetText(sheet: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  sheet.eachRow((row) => lines.push(rowValues(sheet, row.number).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ""))).join("\t")));
  return lines.join("\n");
}

export { ExcelJS };
