// The first line of every backup file, before the data in either format:
// what made it and from which schema, so that a restore can refuse what it
// cannot load before it touches anything. Documented in README, "Backup and restore".
import { open } from "node:fs/promises";
import type { Migration } from "./catalog";

const MAGIC = "SSI-BOARD-BACKUP";
const MAX_HEADER_BYTES = 1 << 20;

export interface BackupHeader {
  version: 1;
  /** "copy": the built-in format (gzip of COPY text per table); "pg_dump": pg_dump's custom format. */
  format: "copy" | "pg_dump";
  createdAt: string;
  /** The PostgreSQL server it was taken from. */
  server: string;
  migrations: Migration[];
  /** pg-boss's schema version, or null when the jobs never ran on that database. */
  jobsSchema: number | null;
}

export function headerLine(header: BackupHeader): string {
  return `${MAGIC} ${JSON.stringify(header)}\n`;
}

function isHeader(value: unknown): value is BackupHeader {
  const h = value as BackupHeader;
  return (
    typeof h === "object" && h !== null && h.version === 1 && (h.format === "copy" || h.format === "pg_dump") &&
    Array.isArray(h.migrations) && h.migrations.every((m) => typeof m?.name === "string" && typeof m?.checksum === "string") &&
    (h.jobsSchema === null || Number.isInteger(h.jobsSchema))
  );
}

/** The header of `file` and the byte where its data starts; a clear error for anything else. */
export async function readHeader(file: string): Promise<{ header: BackupHeader; dataStart: number }> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === "ENOENT" ? `${file}: no such file.` : `${file}: ${error.message}`);
  });
  try {
    const buffer = Buffer.alloc(MAX_HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAX_HEADER_BYTES, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(0x0a);
    const line = end === -1 ? "" : buffer.subarray(0, end).toString("utf8");
    const notBackup = new Error(`${file} is not an SSI Board backup (made by npm run db:backup).`);
    if (!line.startsWith(`${MAGIC} `)) throw notBackup;
    let header: unknown;
    try {
      header = JSON.parse(line.slice(MAGIC.length + 1));
    } catch {
      throw notBackup;
    }
    if (!isHeader(header)) throw new Error(`${file} is a backup of a version of this format that this SSI Board cannot read.`);
    return { header, dataStart: end + 1 };
  } finally {
    await handle.close();
  }
}
