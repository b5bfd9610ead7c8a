// Applies and authors Prisma migrations through the WebAssembly schema engine.
// Applied migrations are recorded in `_prisma_migrations` exactly as
// `prisma migrate deploy` records them, so production can use either tool.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { withSchemaEngine } from "./schema-engine";

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
/** Beside each migration: the schema as it stood once that migration was applied. */
export const SCHEMA_SNAPSHOT = "schema.prisma.snapshot";

const noFilters = { externalTables: [], externalEnums: [] };

/** The migration folder names, oldest first (their timestamp prefix sorts them). */
export async function listMigrations(migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(path.join(migrationsDir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

/**
 * Applies pending migrations to the database; returns the names it applied.
 * `upTo`: stop after that migration (a restore builds the schema its backup was taken from).
 */
export async function applyMigrations(
  connectionString: string,
  migrationsDir = MIGRATIONS_DIR,
  { upTo }: { upTo?: string } = {},
): Promise<string[]> {
  const names = (await listMigrations(migrationsDir)).filter((name) => upTo === undefined || name <= upTo);
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok" as const,
          value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8"),
        },
      },
    })),
  );
  const options = { schemaPath: SCHEMA_PATH, schemaText: await readFile(SCHEMA_PATH, "utf8"), connectionString };
  const lockfile = { path: lockPath, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null };
  const result = await withSchemaEngine(options, (engine) =>
    engine.applyMigrations({
      migrationsList: { baseDir: migrationsDir, lockfile, shadowDbInitScript: "", migrationDirectories },
      filters: noFilters,
    }),
  );
  return result.appliedMigrationNames;
}

/** The schema as it stood at the last migration (empty before the first one). */
export async function lastMigratedSchema(migrationsDir = MIGRATIONS_DIR): Promise<string | null> {
  const last = (await listMigrations(migrationsDir)).at(-1);
  if (!last) return null;
  return readFile(path.join(migrationsDir, last, SCHEMA_SNAPSHOT), "utf8");
}

/**
 * The SQL that takes the last migrated schema to `schemaText`; empty when
 * nothing changed. The engine connects to `connectionString` when it opens but
 * reads nothing from it: the diff is datamodel to datamodel.
 */
export async function diffSinceLastMigration(
  schemaText: string,
  connectionString: string,
  migrationsDir = MIGRATIONS_DIR,
): Promise<string> {
  const previous = await lastMigratedSchema(migrationsDir);
  const datamodel = (content: string) => ({
    tag: "schemaDatamodel" as const,
    files: [{ path: SCHEMA_PATH, content }],
  });
  const result = await withSchemaEngine({ schemaPath: SCHEMA_PATH, schemaText, connectionString }, (engine) =>
    engine.diff({
      from: previous === null ? { tag: "empty" } : datamodel(previous),
      to: datamodel(schemaText),
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  const sql = result.stdout ?? "";
  return isEmptyMigration(sql) ? "" : sql;
}

/** The engine writes a comment, not an empty string, when there is nothing to do. */
function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
