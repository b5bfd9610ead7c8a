// The response of every export: the file as it is written, never cached
// (it is someone's data); the security headers are the API's (next.config.ts).
import { attachment } from "@/platform/spreadsheets/disposition";
import type { ExportFile } from "@/platform/spreadsheets/file";

/** A download of `file`. */
export function downloadResponse(file: ExportFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachment(file.filename),
      "Cache-Control": "no-store",
    },
  });
}
