// A CSV file as Excel and Google Sheets write it: UTF-8 with or without a
// byte-order mark, "," or ";" between cells, quoted cells, CRLF or LF.
import Papa from "papaparse";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** One line of data: its number in the file (the header is line 1) and its cells, trimmed. */
export interface CsvLine {
  line: number;
  cells: string[];
}

export type CsvTable = { ok: true; header: string[]; lines: CsvLine[] } | { ok: false; code: "file-empty" | "not-csv" | "file-too-large" };

/** Reads `text` as a table; blank lines are skipped but keep the numbering. */
export function readCsv(text: string): CsvTable {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, code: "file-too-large" };
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, code: "file-empty" };
  // A NUL or other control characters: a spreadsheet's binary file (.xlsx), an image, not text.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(body)) return { ok: false, code: "not-csv" };
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(body), skipEmptyLines: false });
  if (parsed.errors.some((e) => e.type === "Quotes")) return { ok: false, code: "not-csv" };
  const [header, ...rows] = parsed.data.map((cells) => cells.map((c) => c.trim()));
  if (!header || header.every((c) => c === "")) return { ok: false, code: "file-empty" };
  const lines = rows.flatMap((cells, index) => (cells.every((c) => c === "") ? [] : [{ line: index + 2, cells }]));
  return { ok: true, header, lines };
}

/**
 * The separator of the header line, outside quotes: ";" from a French Excel,
 * a tab from a copy of a sheet, else ",". (Papa's own guess takes the decimal
 * commas of a ";" file for separators.)
 */
function delimiterOf(body: string): string {
  const header = (body.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  const count = (c: string) => header.split(c).length - 1;
  const [best] = [";", "\t", ","].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ",";
}

/** A heading folded for matching: "E-mail " → "email", "Équipe" → "equipe". */
export function foldHeading(heading: string): string {
  return heading.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}
