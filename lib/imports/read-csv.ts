// A CSV file as Excel and Google Sheets write it: UTF-8 with or without a
// byte-order mark, "," or ";" between cells, quoted cells, CRLF or LF.
import Papa from "papaparse";
import type { SheetRow } from "./sheet";

export type CsvRows = { ok: true; rows: SheetRow[] } | { ok: false; code: "file-empty" | "not-csv" };

/** Reads `text` as rows of trimmed cells; blank lines are skipped but keep the numbering (line 1 is the file's first). */
export function readCsv(text: string): CsvRows {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, code: "file-empty" };
  // A NUL or other control characters: a binary file (an image, an archive), not text.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(body)) return { ok: false, code: "not-csv" };
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(body), skipEmptyLines: false });
  if (parsed.errors.some((e) => e.type === "Quotes")) return { ok: false, code: "not-csv" };
  const rows = parsed.data.flatMap((cells, index) => {
    const trimmed = cells.map((c) => c.trim());
    return trimmed.every((c) => c === "") ? [] : [{ line: index + 1, cells: trimmed }];
  });
  return rows.length === 0 ? { ok: false, code: "file-empty" } : { ok: true, rows };
}

/**
 * The separator of the busiest of the first lines, outside quotes: ";" from a
 * French Excel, a tab from a copy of a sheet, else ",". (Papa's own guess
 * takes the decimal commas of a ";" file for separators.) Several lines,
 * because a title line above the header may hold no separator at all.
 */
function delimiterOf(body: string): string {
  const firstLines = body.split(/\r?\n/, 10).map((line) => line.replace(/"[^"]*"/g, ""));
  const count = (c: string) => Math.max(0, ...firstLines.map((line) => line.split(c).length - 1));
  const [best] = [";", "\t", ","].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ",";
}
