// Upgrades that lose nothing: a company's database lives through every
// release in turn. After each migration, the rows that release wrote are
// added in its own SQL (tests/helpers/release-history.ts); the next
// migrations then run over everything written before them, as an upgrade
// from any older release would. At the newest schema, today's code must read
// every row as it was written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { hashPassword } from "../../platform/auth/password";
import { createDb, type Db } from "../../platform/db/connect";
import { applyMigrations, listMigrations } from "../../scripts/db/migrations";
import { createEmptyDatabase, dropDatabase } from "../../scripts/db/scratch-database";
import { OLD_PASSWORD, RELEASES } from "../helpers/release-history";

let url: string;
let restored: Db;
const app = globalThis as unknown as { ssiBoardDb?: Db; ssiBoardLongDb?: Db };

async function write(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  url = await createEmptyDatabase(process.env.DATABASE_URL ?? "");
}, 30_000);

afterAll(async () => {
  await restored?.$disconnect();
  await dropDatabase(url);
});

describe("upgrades", () => {
  it("know the rows every release wrote: a migration without them fails here", async () => {
    expect(Object.keys(RELEASES)).toEqual(await listMigrations());
  });

  it("take a database through every migration, with each release's rows, and lose nothing", async () => {
    const password = `'${await hashPassword(OLD_PASSWORD)}'`;
    for (const migration of await listMigrations()) {
      expect(await applyMigrations(url, undefined, { upTo: migration })).toEqual([migration]);
      const release = RELEASES[migration];
      if (!release) throw new Error(`${migration}: no rows in tests/helpers/release-history.ts`);
      await write(release.rows.replaceAll(":password", password)).catch((error: unknown) => {
        throw new Error(`${migration}: its rows do not fit its schema: ${String(error)}`);
      });
    }
    // Today's code reads the upgraded database.
    restored = createDb(url, { work: "request" });
    app.ssiBoardDb = restored;
    app.ssiBoardLongDb = restored;
    for (const [migration, release] of Object.entries(RELEASES)) {
      await release.reads(restored).catch((error: unknown) => {
        throw new Error(`rows written at ${migration} read differently now: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }, 120_000);
});
