// `npm run db:restore FILE`: a backup into an empty database. What cannot be
// restored is refused before anything is written (not a backup, a newer
// schema, a database that is not empty); a restore that fails half-way leaves
// the database as empty as it found it. An older backup is then migrated
// forward, as an upgrade would.
import { createReadStream } from "node:fs";
import PgBoss from "pg-boss";
import type pg from "pg";
import { applyMigrations, MIGRATIONS_DIR } from "../migrations";
import { connect, JOBS_SCHEMA, USER_SCHEMAS, usedSchemas } from "./catalog";
import { codeSchema, restoreProblem } from "./compatibility";
import { loadWithCopy } from "./copy-format";
import { readHeader, type BackupHeader } from "./header";
import { restoreWithPgRestore, serverMajor, toolMajor } from "./native";

export interface RestoreResult {
  header: BackupHeader;
  tables?: number;
  rows?: number;
  /** Migrations applied after the restore, when the backup was older than this version. */
  migrated: string[];
}

interface Existing {
  schemas: Set<string>;
  routines: Set<number>;
  types: Set<number>;
}

/** What the empty database already has (its schemas, functions and types), so that a failed restore drops only its own. */
async function existingObjects(client: pg.Client): Promise<Existing> {
  const ids = async (sql: string) => new Set((await client.query<{ id: number }>(sql)).rows.map((r) => r.id));
  return {
    schemas: new Set((await client.query<{ name: string }>("SELECT nspname AS name FROM pg_namespace")).rows.map((r) => r.name)),
    routines: await ids("SELECT oid::int AS id FROM pg_proc"),
    types: await ids("SELECT oid::int AS id FROM pg_type"),
  };
}

/** Drops what a failed restore made: the database had no relation before, so every table and sequence goes. */
async function dropRestored(client: pg.Client, before: Existing): Promise<void> {
  const rows = async (sql: string) => (await client.query<{ name: string; sql: string; id: number }>(sql)).rows;
  for (const schema of await rows(`SELECT nspname AS name, format('DROP SCHEMA %I CASCADE', nspname) AS sql FROM pg_namespace n WHERE ${USER_SCHEMAS}`)) {
    if (!before.schemas.has(schema.name)) await client.query(schema.sql);
  }
  const relations = `SELECT format('DROP %s IF EXISTS %I.%I CASCADE', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, n.nspname, c.relname) AS sql
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'S') AND NOT c.relispartition AND ${USER_SCHEMAS}`;
  for (const relation of await rows(relations)) await client.query(relation.sql);
  const routines = `SELECT p.oid::int AS id, format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure) AS sql FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMAS}`;
  for (const routine of await rows(routines)) if (!before.routines.has(routine.id)) await client.query(routine.sql);
  const types = `SELECT t.oid::int AS id, format('DROP TYPE IF EXISTS %I.%I CASCADE', n.nspname, t.typname) AS sql FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype IN ('e', 'd') AND ${USER_SCHEMAS}`;
  for (const type of await rows(types)) if (!before.types.has(type.id)) await client.query(type.sql);
}

export async function restoreDatabase(url: string, file: string, shown = "The database"): Promise<RestoreResult> {
  const { header, dataStart } = await readHeader(file);
  const problem = restoreProblem(header, await codeSchema());
  if (problem) throw new Error(problem);
  if (header.format === "pg_dump" && toolMajor("pg_restore") < serverMajor(header.server)) {
    throw new Error(`This backup was made by pg_dump from PostgreSQL ${header.server}: restoring it needs pg_restore ${serverMajor(header.server)} or later (README, "Backup and restore").`);
  }
  const client = await connect(url);
  try {
    const used = await usedSchemas(client);
    if (used.length > 0) {
      throw new Error(`${shown} is not empty (it has tables in ${used.join(", ")}): a backup is restored into an empty database only. Create a new database, or move the embedded one's folder aside.`);
    }
    const before = await existingObjects(client);
    const input = createReadStream(file, { start: dataStart });
    let counts: { tables: number; rows: number } | undefined;
    try {
      if (header.format === "pg_dump") {
        await restoreWithPgRestore(url, input);
      } else {
        const last = header.migrations.at(-1)?.name;
        await applyMigrations(url, MIGRATIONS_DIR, { upTo: last });
        if (header.jobsSchema !== null) await client.query(PgBoss.getConstructionPlans(JOBS_SCHEMA));
        counts = await loadWithCopy(client, input);
      }
    } catch (error) {
      input.destroy();
      await dropRestored(client, before);
      throw error;
    }
    const migrated = await applyMigrations(url);
    return { header, ...counts, migrated };
  } finally {
    await client.end().catch(() => {});
  }
}
