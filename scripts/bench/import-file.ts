// A score import as large as the importer takes (just under 5 MB): the long
// layout, one line per rep and month, for months before the loaded history
// (so every line is a new entry), written through the API as an admin's
// script would send it: a check (dry run), then the import itself.
import { performance } from "node:perf_hooks";
import { addMonths, type Month } from "../../platform/time/month";
import { MAX_IMPORT_BYTES } from "../../features/imports/sheet";

export interface ImportTiming {
  bytes: number;
  lines: number;
  dryRunMs: number;
  importMs: number;
  status: { dryRun: number; import: number };
  created: number;
}

/** The CSV: `emails` × months counted back from `before` (excluded) until the file is full. */
export function importCsv(emails: readonly string[], before: Month): { text: string; lines: number } {
  const limit = MAX_IMPORT_BYTES - 1024;
  const parts = ["email,month,total\n"];
  let bytes = parts[0]?.length ?? 0;
  let lines = 0;
  for (let back = 1; ; back++) {
    const month = addMonths(before, -back);
    for (const email of emails) {
      const line = `${email},${month},${40 + (lines % 50) / 2}\n`;
      if (bytes + Buffer.byteLength(line) > limit) return { text: parts.join(""), lines };
      parts.push(line);
      bytes += Buffer.byteLength(line);
      lines++;
    }
  }
}

async function post(url: string, token: string, body: string): Promise<{ ms: number; status: number; json: { created?: number } }> {
  const started = performance.now();
  const answer = await fetch(url, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/csv" }, body });
  // The import's report (docs/api.md), or nothing when the answer is not JSON.
  const json = (await answer.json().catch(() => ({}))) as { created?: number };
  return { ms: Math.round(performance.now() - started), status: answer.status, json };
}

/** Checks, then imports, the file; the import's writes stay in the database. */
export async function timeImport(base: string, token: string, emails: readonly string[], before: Month): Promise<ImportTiming> {
  const { text, lines } = importCsv(emails, before);
  const dryRun = await post(`${base}/api/v1/imports/scores?dryRun=true`, token, text);
  const done = await post(`${base}/api/v1/imports/scores?dryRun=false`, token, text);
  return {
    bytes: Buffer.byteLength(text),
    lines,
    dryRunMs: dryRun.ms,
    importMs: done.ms,
    status: { dryRun: dryRun.status, import: done.status },
    created: done.json.created ?? 0,
  };
}
