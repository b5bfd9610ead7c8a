// An import's CSV body, counted as it arrives: a body beyond 5 MB is refused
// without being read whole.
import { readLimitedBody, utf8 } from "../api/body";
import { ApiError } from "../api/errors";
import { MAX_IMPORT_BYTES } from "./read-csv";

const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];

export async function readCsvBody(request: Request): Promise<string> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!CSV_TYPES.includes(type)) throw new ApiError("not-csv");
  const text = utf8(await readLimitedBody(request, MAX_IMPORT_BYTES));
  if (text === null) throw new ApiError("not-csv");
  return text;
}
