import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MIGRATIONS_DIR,
  SCHEMA_PATH,
  applyMigrations,
  diffSinceLastMigration,
  listMigrations,
} from "../../scripts/db/migrations";
import { createEmptyDatabase, dropDatabase } from "../../scripts/db/scratch-database";

let url: string;

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  url = await createEmptyDatabase(process.env.DATABASE_URL ?? "");
});

afterAll(async () => {
  await dropDatabase(url);
});

describe("migrations", () => {
  it("turn an empty database into the schema", async () => {
    const applied = await applyMigrations(url);
    expect(applied).toEqual(await listMigrations());
    const tables = (await query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    )).map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(["ScoreEntry", "Team", "TeamManager", "User", "_prisma_migrations"]));
    const monthColumn = await query<{ data_type: string }>(
      "SELECT data_type FROM information_schema.columns WHERE table_name = 'ScoreEntry' AND column_name = 'month'",
    );
    expect(monthColumn[0]?.data_type).toBe("date");
  });

  it("do nothing when run again", async () => {
    expect(await applyMigrations(url)).toEqual([]);
    const rows = await query<{ count: string }>("SELECT count(*) FROM _prisma_migrations");
    expect(Number(rows[0]?.count)).toBe((await listMigrations()).length);
  });

  it("are recorded as prisma migrate deploy records them, checksums included", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
    );
    const names = await listMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("cover every change in schema.prisma (no change lacks a migration)", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    expect(await diffSinceLastMigration(schema, url)).toBe("");
  });

  it("are authored from a schema change, with no SQL written by hand", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changed = schema.replace(
      "model Team {\n",
      "model Team {\n  motto     String?\n",
    );
    expect(changed).not.toBe(schema);
    const sql = await diffSinceLastMigration(changed, url);
    expect(sql).toContain('ALTER TABLE "Team" ADD COLUMN     "motto" TEXT');
  });
});
