// Whether this version of SSI Board can restore a backup: its migrations must
// be this version's first ones, unchanged (an older backup is migrated
// forward after the restore; a newer one is refused), and for the built-in
// format, its jobs schema must be the one this pg-boss builds.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { listMigrations, MIGRATIONS_DIR } from "../migrations";
import type { Migration } from "./catalog";
import type { BackupHeader } from "./header";

export interface CodeSchema {
  migrations: Migration[];
  jobsSchema: number;
}

/** This version's migrations with Prisma's checksums (sha256 of each file), and pg-boss's schema version. */
export async function codeSchema(): Promise<CodeSchema> {
  const names = await listMigrations();
  const migrations = await Promise.all(
    names.map(async (name) => ({ name, checksum: createHash("sha256").update(await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"))).digest("hex") })),
  );
  const jobsSchema = (createRequire(import.meta.url)("pg-boss/version.json") as { schema: number }).schema;
  return { migrations, jobsSchema };
}

/** Why `header` cannot be restored by this code, or null when it can. */
export function restoreProblem(header: BackupHeader, code: CodeSchema): string | null {
  const known = new Map(code.migrations.map((m) => [m.name, m]));
  for (const [index, migration] of header.migrations.entries()) {
    const ours = known.get(migration.name);
    if (!ours) {
      return `The backup comes from a newer version of SSI Board: its schema has migration ${migration.name}, which this version does not know. Restore it with that version or a later one.`;
    }
    if (code.migrations[index]?.name !== migration.name) {
      return `The backup's migrations do not follow this version's: ${code.migrations[index]?.name ?? "?"} is missing from it before ${migration.name}.`;
    }
    if (ours.checksum !== migration.checksum) {
      return `Migration ${migration.name} in the backup differs from this version's copy of it: the backup was not made by a released SSI Board.`;
    }
  }
  if (header.format === "copy" && header.jobsSchema !== null && header.jobsSchema !== code.jobsSchema) {
    return `The backup's jobs tables are pg-boss schema ${header.jobsSchema}; this version builds schema ${code.jobsSchema}. Restore it with the version of SSI Board that made it, or make the backup with PostgreSQL's own tools (README, "Backup and restore").`;
  }
  return null;
}
