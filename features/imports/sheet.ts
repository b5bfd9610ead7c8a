// An imported file as rows of text cells, whatever it came as: CSV text or an
// Excel workbook (.xlsx). Everything after this reads rows, never formats.
import { utf8 } from "@/platform/http/body";
import { readCsvInPieces } from "./read-csv";
import { readWorkbook } from "./read-xlsx";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** One row of the file: its number as the file's own program shows it (1 = first), and its cells, trimmed. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export type FileRefusal =
  | "file-empty"
  | "not-csv"
  | "file-too-large"
  | "xls-unsupported"
  | "workbook-encrypted"
  | "workbook-too-large"
  | "workbook-unreadable"
  | "sheet-unknown";

export interface SheetFile {
  format: "csv" | "xlsx";
  /** A workbook's visible sheets, in order (none for CSV). */
  sheets: string[];
  /** The sheet read (null for CSV). */
  sheet: string | null;
  rows: SheetRow[];
}

export type ReadFile = ({ ok: true } & SheetFile) | { ok: false; code: FileRefusal };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Microsoft's compound file: an old .xls, or an .xlsx saved with a password
// (Office encrypts the whole package into one of these).
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** Reads an uploaded file: a workbook by its content (not its name), else UTF-8 CSV text. */
export async function readSheetFile(bytes: Uint8Array, sheet: string | null): Promise<ReadFile> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, code: "file-too-large" };
  if (startsWith(bytes, COMPOUND_FILE)) {
    const encrypted = Buffer.from(bytes).includes(Buffer.from("EncryptedPackage", "utf16le"));
    return { ok: false, code: encrypted ? "workbook-encrypted" : "xls-unsupported" };
  }
  if (startsWith(bytes, ZIP)) return readWorkbook(Buffer.from(bytes), sheet);
  const text = utf8(bytes);
  if (text === null) return { ok: false, code: "not-csv" };
  const table = await readCsvInPieces(text);
  return table.ok ? { ok: true, format: "csv", sheets: [], sheet: null, rows: table.rows } : table;
}
