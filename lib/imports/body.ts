// An import's CSV body, counted as it arrives: a body beyond 5 MB is refused
// without being read whole.
import { ApiError } from "../api/errors";
import { MAX_IMPORT_BYTES } from "./read-csv";

const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];

export async function readCsvBody(request: Request): Promise<string> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!CSV_TYPES.includes(type)) throw new ApiError("not-csv");
  if (Number(request.headers.get("content-length") ?? "0") > MAX_IMPORT_BYTES) throw new ApiError("too-large");
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw new ApiError("too-large");
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError("not-csv");
  }
}
