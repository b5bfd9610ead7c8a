// A CSV file as Excel and Google Sheets write it: UTF-8 with or without a
// byte-order mark, "," or ";" between cells, quoted cells, CRLF or LF.
import Papa from "papaparse";
import type { SheetRow } from "./sheet";

export type CsvRows = { ok: true; rows: SheetRow[] } | { ok: false; code: "file-empty" | "not-csv" };

/** Reads `text` as rows of trimmed cells; blank lines are skipped but keep the numbering (line 1 is the file's first). */
export function readCsv(text: string): CsvRows {
  const body = checked(text);
  if (typeof body !== "string") return body;
  return rowsOf(Papa.parse<string[]>(body, { delimiter: delimiterOf(body), skipEmptyLines: false }));
}

/**
 * The same, a piece at a time, letting the server answer other requests
 * between pieces: a 5 MB file takes about half a second to parse, which a
 * health check or a rep's page should not have to wait for.
 */
export function readCsvInPieces(text: string): Promise<CsvRows> {
  const body = checked(text);
  if (typeof body !== "string") return Promise.resolve(body);
  const data: string[][] = [];
  const errors: Papa.ParseError[] = [];
  return new Promise((resolve) => {
    Papa.parse<string[]>(body, {
      delimiter: delimiterOf(body),
      skipEmptyLines: false,
      chunkSize: 256 * 1024,
      chunk: (piece: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of piece.data) data.push(row);
        errors.push(...piece.errors);
        parser.pause();
        setImmediate(() => parser.resume());
      },
      complete: () => resolve(rowsOf({ data, errors, meta: { delimiter: "", linebreak: "", aborted: false, truncated: false, cursor: 0 } })),
    });
  });
}

/** The text without its byte-order mark, or why it is not a CSV file. */
function checked(text: string): string | Extract<CsvRows, { ok: false }> {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, code: "file-empty" };
  // A NUL or other control characters: a binary file (an image, an archive), not text.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(body)) return { ok: false, code: "not-csv" };
  return body;
}

function rowsOf(parsed: Papa.ParseResult<string[]>): CsvRows {
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
