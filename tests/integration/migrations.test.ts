import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
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

  it("keep the data of a database made before the administration migration working", async () => {
    // A database at the migration before, with a team, a rep and a full entry.
    const all = await listMigrations();
    const last = all.findIndex((name) => name.endsWith("_administration"));
    expect(last).toBeGreaterThan(0);
    const before = await mkdtemp(path.join(tmpdir(), "ssib-migrations-"));
    for (const name of all.slice(0, last)) await cp(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    await cp(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    const old = await createEmptyDatabase(process.env.DATABASE_URL ?? "");
    const previous = url;
    url = old;
    try {
      await applyMigrations(old, before);
      await query(`INSERT INTO "Team" (id, name) VALUES ('t1', 'North')`);
      await query(`INSERT INTO "User" (id, name, email, "passwordHash", role, "teamId", "updatedAt") VALUES ('u1', 'Ann', 'ann@x.example', 'hash', 'REP', 't1', now())`);
      await query(`INSERT INTO "ScoreEntry" (id, "userId", month, total, brand, people, insights, relationships, "updatedAt") VALUES ('s1', 'u1', '2026-01-01', 50, 12.5, 12.5, 12.5, 12.5, now())`);
      await query(`INSERT INTO "AppSettings" (id, "repsSeeScores") VALUES (1, false)`);

      expect(await applyMigrations(old)).toEqual([all[last], ...all.slice(last + 1)]);
      expect(await query(`SELECT total::text, brand::text, relationships::text FROM "ScoreEntry" WHERE id = 's1'`)).toEqual([{ total: "50.000", brand: "12.500", relationships: "12.500" }]);
      expect(await query(`SELECT "teamId", "passwordHash" FROM "User" WHERE id = 'u1'`)).toEqual([{ teamId: "t1", passwordHash: "hash" }]);
      // The settings keep what the admin chose; the new ones start unset (their defaults).
      expect(await query(`SELECT "repsSeeScores", "wallShowsScores", "timeZone" FROM "AppSettings"`)).toEqual([{ repsSeeScores: false, wallShowsScores: null, timeZone: null }]);
      // No membership is recorded: boards fall back on the person's team (features/people/membership-data.ts, which the boards in features/board/ranking-data.ts read).
      expect(await query(`SELECT count(*)::int AS n FROM "TeamMembership"`)).toEqual([{ n: 0 }]);
      // Totals-only entries can now be stored.
      await query(`INSERT INTO "ScoreEntry" (id, "userId", month, total, "updatedAt") VALUES ('s2', 'u1', '2026-02-01', 52, now())`);
    } finally {
      url = previous;
      await dropDatabase(old);
      await rm(before, { recursive: true, force: true });
    }
  });
});
