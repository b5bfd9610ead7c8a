// An import's body, counted as it arrives: a body beyond 5 MB is refused
// without being read whole. CSV text or an .xlsx workbook; which one is
// judged by the content (features/imports/sheet.ts), the type only has to be one
// a spreadsheet or a script sends for such a file.
import { readLimitedBody } from "@/platform/http/body";
import { MAX_IMPORT_BYTES } from "./sheet";
import { Invalid } from "@/platform/errors/domain-errors";

const FILE_TYPES = [
  "text/csv",
  "text/plain",
  "application/csv",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
];

export async function readImportBody(request: Request): Promise<Uint8Array> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FILE_TYPES.includes(type)) throw new Invalid({}, "not-csv");
  return new Uint8Array(await readLimitedBody(request, MAX_IMPORT_BYTES));
}
