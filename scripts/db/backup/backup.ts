// `npm run db:backup`: the whole database in one file, in PostgreSQL's own
// format when this machine's pg_dump can read the server, else in the
// built-in one (copy-format.ts). The file is written aside and renamed when
// complete, so a failed backup never leaves a file that looks like one.
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { appliedMigrations, connect, jobsSchemaVersion, serverVersion } from "./catalog";
import { dumpWithCopy } from "./copy-format";
import { headerLine, type BackupHeader } from "./header";
import { canDump, dumpWithPgDump } from "./native";

export type BackupFormat = BackupHeader["format"];

export interface BackupResult {
  format: BackupFormat;
  bytes: number;
  /** Counted by the built-in format only (pg_dump does not say). */
  tables?: number;
  rows?: number;
}

export async function backupDatabase(url: string, file: string, options: { format?: BackupFormat | "auto" } = {}): Promise<BackupResult> {
  const client = await connect(url);
  const partial = `${file}.partial`;
  // Password hashes and token digests are in it: readable by its owner only.
  const out = createWriteStream(partial, { mode: 0o600 });
  try {
    // One snapshot for the header and every table.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    if (!migrations || migrations.length === 0) throw new Error("This database has no SSI Board schema (no migration was applied to it): there is nothing to back up.");
    const server = await serverVersion(client);
    const wanted = options.format ?? "auto";
    const format: BackupFormat = wanted === "auto" ? (canDump(server) ? "pg_dump" : "copy") : wanted;
    if (format === "pg_dump" && !canDump(server)) {
      throw new Error(`pg_dump is missing or older than the server (PostgreSQL ${server}): install the client tools of that version (README, "Backup and restore"), or leave out --format for the built-in format.`);
    }
    const header: BackupHeader = { version: 1, format, createdAt: new Date().toISOString(), server, migrations, jobsSchema: await jobsSchemaVersion(client) };
    out.write(headerLine(header));
    let counts: { tables: number; rows: number } | undefined;
    if (format === "copy") {
      const gzip = createGzip();
      const written = pipeline(gzip, out);
      counts = await dumpWithCopy(client, gzip).catch((error: unknown) => {
        gzip.destroy();
        throw error;
      });
      gzip.end();
      await written;
    } else {
      await dumpWithPgDump(url, out);
    }
    await client.query("COMMIT");
    await rename(partial, file);
    return { format, bytes: (await stat(file)).size, ...counts };
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
