// npm run db:backup / db:restore (README, "Backup and restore"): a database
// with every kind of row makes the round trip unchanged, through the real
// commands, from DATABASE_URL and from the embedded database; the restored
// one keeps working; and what cannot be restored is refused with nothing written.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import PgBoss from "pg-boss";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../platform/db/connect";
import { commandForApi as runForApi } from "../../platform/http/command";
import { closeMonthCommand } from "../../features/incentives/commands";
import { saveScoreCommand } from "../../features/scores/commands";
import { freePort } from "../../scripts/db/embedded-postgres";
import { applyMigrations, listMigrations } from "../../scripts/db/migrations";
import { createEmptyDatabase, dropDatabase } from "../../scripts/db/scratch-database";
import { backupDatabase } from "../../scripts/db/backup/backup";
import { restoreDatabase } from "../../scripts/db/backup/restore";
import { databaseFingerprint, type DatabaseFingerprint } from "../helpers/database-fingerprint";
import { AWKWARD_TEXT, fillEveryTable } from "../helpers/every-kind-of-row";
import { startPostgres15, type Postgres15 } from "../helpers/postgres-15";
import { useTestDb } from "../factories";
import { sessionUserOf } from "./session-user";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const serverUrl = process.env.DATABASE_URL ?? "";
const made: string[] = [];
let folder: string;
let source: string;
let original: DatabaseFingerprint;
let backupFile: string;

async function emptyDatabase(): Promise<string> {
  const url = await createEmptyDatabase(serverUrl);
  made.push(url);
  return url;
}

/** One of the npm scripts, as an operator runs it: its output, or its failure's. */
async function npmScript(script: "db-backup" | "db-restore", args: string[], env: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  // The test run's own database is never the command's unless given.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  try {
    const { stdout, stderr } = await run("npx", ["tsx", `scripts/${script}.ts`, ...args], { cwd: ROOT, env: { ...inherited, ...env }, timeout: 120_000 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** pg-boss's tables with queues (one with a dead-letter queue), jobs in several states, a schedule and the archive. */
async function fillJobs(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  await boss.createQueue("dead-letters");
  await boss.createQueue("deliveries", { name: "deliveries", deadLetter: "dead-letters", retryLimit: 3, expireInSeconds: 60 });
  await boss.subscribe("score.logged", "deliveries");
  await boss.send("deliveries", { text: AWKWARD_TEXT });
  await boss.send("deliveries", { n: 2 }, { startAfter: 3600 });
  await boss.send("dead-letters", { n: 3 });
  const [job] = await boss.fetch("dead-letters");
  if (job) await boss.complete("dead-letters", job.id);
  await boss.schedule("deliveries", "0 6 * * *", { kind: "reminder" }, { tz: "UTC" });
  await boss.stop({ graceful: false, wait: true });
  // pg-boss archives finished jobs only after hours: one is archived by hand.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("INSERT INTO pgboss.archive SELECT j.*, now() FROM pgboss.job j WHERE j.state = 'completed'");
  await client.end();
}

async function usedSchemas(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ s: string }>("SELECT DISTINCT table_schema AS s FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
    return rows.map((r) => r.s);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ssiboard-backup-"));
  source = await emptyDatabase();
  await applyMigrations(source);
  const db = createDb(source, { max: 2 });
  try {
    await fillEveryTable(db);
  } finally {
    await db.$disconnect();
  }
  await fillJobs(source);
  original = await databaseFingerprint(source);
  backupFile = path.join(folder, "company.backup");
}, 120_000);

afterAll(async () => {
  for (const url of made) await dropDatabase(url);
  await rm(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("starts from a database with a row in every table and jobs in pg-boss's partitions", () => {
    // A new table needs its rows in tests/helpers/every-kind-of-row.ts.
    const empty = Object.entries(original.rows).filter(([, table]) => table.count === 0).map(([name]) => name);
    expect(empty).toEqual([]);
    expect(original.rows["pgboss.job"]?.count).toBe(3);
  });

  it("make the round trip through npm run db:backup and db:restore: every row, sequence and schema object identical", async () => {
    // A machine without PostgreSQL's tools: the built-in format is chosen by itself.
    const backup = await npmScript("db-backup", [backupFile], { DATABASE_URL: source, SSI_PG_BIN: path.join(folder, "no-tools-here") });
    expect(backup.output).toContain(`Backup written to ${backupFile}`);
    expect(backup.output).toContain("built-in format");
    expect(backup.ok).toBe(true);
    const target = await emptyDatabase();
    const restore = await npmScript("db-restore", [backupFile], { DATABASE_URL: target });
    expect(restore.output).toContain("Restored the backup");
    expect(restore.ok).toBe(true);
    expect(await databaseFingerprint(target)).toEqual(original);
    // The source was only read.
    expect(await databaseFingerprint(source)).toEqual(original);
  }, 120_000);

  it("leave a restored database that keeps working: a score logged, a month closed, its triggers and keys in force", async () => {
    const target = await emptyDatabase();
    await restoreDatabase(target, backupFile);
    const app = globalThis as unknown as { ssiBoardDb?: Db };
    const kept = app.ssiBoardDb;
    const restored = createDb(target, { work: "request" });
    app.ssiBoardDb = restored;
    useTestDb(restored);
    try {
      const rep = await restored.user.findUniqueOrThrow({ where: { email: "rep@example.com" } });
      const admin = await sessionUserOf((await restored.user.findUniqueOrThrow({ where: { email: "admin@example.com" } })).id);
      if (!admin) throw new Error("the restored admin cannot act");
      const lastEvent = await restored.outboxEvent.aggregate({ _max: { id: true } });
      const quiet = { revalidate: [] };
      await runForApi(admin, { ...saveScoreCommand(["FORM"]), ...quiet }, { repId: rep.id, month: "2026-12", brand: "20.5", people: "15", insights: "12.25", relationships: "18" });
      await runForApi(admin, { ...closeMonthCommand, ...quiet }, { month: "2026-12", reason: "after the move" });
      const stored = await restored.scoreEntry.findUniqueOrThrow({ where: { userId_month: { userId: rep.id, month: new Date("2026-12-01T00:00:00.000Z") } } });
      expect(stored.brand?.toString()).toBe("20.5");
      expect(await restored.closedMonth.count({ where: { month: new Date("2026-12-01T00:00:00.000Z") } })).toBe(1);
      // The outbox triggers fire again, and its sequence continues after the backup's last event.
      const events = await restored.outboxEvent.findMany({ where: { id: { gt: lastEvent._max.id ?? 0n } }, select: { kind: true } });
      expect(events.map((e) => e.kind).sort()).toEqual(["month.closed", "score.logged"]);
      // Foreign keys hold.
      const orphan = await restored.goal.create({ data: { userId: "nobody", target: "50", dueMonth: new Date("2027-01-01T00:00:00.000Z") } }).then(() => null, (e: unknown) => e);
      expect(String(orphan)).toMatch(/foreign key/i);
    } finally {
      app.ssiBoardDb = kept;
      useTestDb(undefined);
      await restored.$disconnect();
    }
  }, 60_000);

  it("refuse a database that is not empty, and change nothing in it", async () => {
    const before = await databaseFingerprint(source);
    await expect(restoreDatabase(source, backupFile)).rejects.toThrow(/is not empty \(it has tables in pgboss, public\)/);
    expect(await databaseFingerprint(source)).toEqual(before);
  });

  it("refuse a backup from a newer schema, or with a migration changed, before writing anything", async () => {
    const bytes = await readFile(backupFile);
    const headerEnd = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray("SSI-BOARD-BACKUP ".length, headerEnd).toString()) as { migrations: { name: string; checksum: string }[] };
    const withHeader = async (name: string, change: (h: typeof header) => void) => {
      const copy = structuredClone(header);
      change(copy);
      const file = path.join(folder, name);
      await writeFile(file, Buffer.concat([Buffer.from(`SSI-BOARD-BACKUP ${JSON.stringify(copy)}`), bytes.subarray(headerEnd)]));
      return file;
    };
    const target = await emptyDatabase();
    const newer = await withHeader("newer.backup", (h) => h.migrations.push({ name: "29991231000000_from_the_future", checksum: "0".repeat(64) }));
    await expect(restoreDatabase(target, newer)).rejects.toThrow(/newer version of SSI Board: its schema has migration 29991231000000_from_the_future/);
    const changed = await withHeader("changed.backup", (h) => (h.migrations = h.migrations.map((m, i) => (i === 0 ? { ...m, checksum: "f".repeat(64) } : m))));
    await expect(restoreDatabase(target, changed)).rejects.toThrow(/differs from this version's copy/);
    const cli = await npmScript("db-restore", [newer], { DATABASE_URL: target });
    expect(cli.ok).toBe(false);
    expect(cli.output.trim().split("\n").at(-1)).toMatch(/newer version of SSI Board/);
    expect(await usedSchemas(target)).toEqual([]);
  }, 60_000);

  it("refuse a file that is not a backup, and leave the database empty after a backup cut short", async () => {
    const target = await emptyDatabase();
    const notBackup = path.join(folder, "scores.csv");
    await writeFile(notBackup, "email,total\nrep@example.com,70\n");
    await expect(restoreDatabase(target, notBackup)).rejects.toThrow(/is not an SSI Board backup/);
    await expect(restoreDatabase(target, path.join(folder, "missing.backup"))).rejects.toThrow(/no such file/);
    const cut = path.join(folder, "cut.backup");
    await writeFile(cut, await readFile(backupFile));
    await truncate(cut, Math.floor((await readFile(cut)).length * 0.6));
    await expect(restoreDatabase(target, cut)).rejects.toThrow(/damaged or cut short/);
    expect(await usedSchemas(target)).toEqual([]);
    // Then the whole file still restores there.
    await restoreDatabase(target, backupFile);
    expect(await databaseFingerprint(target)).toEqual(original);
  }, 60_000);

  it("migrate an older backup forward after restoring it, as an upgrade would", async () => {
    const names = await listMigrations();
    const older = await emptyDatabase();
    await applyMigrations(older, undefined, { upTo: names.at(-2) });
    const file = path.join(folder, "older.backup");
    await backupDatabase(older, file, { format: "copy" });
    const target = await emptyDatabase();
    const result = await restoreDatabase(target, file);
    expect(result.migrated).toEqual([names.at(-1)]);
  }, 60_000);

  it("work on the embedded database of npm start when DATABASE_URL is not set", async () => {
    const env = { SSI_DATA_DIR: path.join(folder, "embedded"), EMBEDDED_PG_PORT: String(await freePort()) };
    const nothing = await npmScript("db-backup", [path.join(folder, "none.backup")], env);
    expect(nothing.ok).toBe(false);
    expect(nothing.output).toMatch(/There is no embedded database .* nothing to back up/);
    const restore = await npmScript("db-restore", [backupFile], env);
    expect(restore.output).toContain("into the embedded database");
    expect(restore.ok).toBe(true);
    const again = path.join(folder, "from-embedded.backup");
    const backup = await npmScript("db-backup", [again, "--format", "copy"], env);
    expect(backup.ok).toBe(true);
    const target = await emptyDatabase();
    await restoreDatabase(target, again);
    expect(await databaseFingerprint(target)).toEqual(original);
  }, 180_000);
});

describe("backup and restore with PostgreSQL's own tools", () => {
  let server: Postgres15;
  beforeAll(async () => {
    server = await startPostgres15();
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it("use pg_dump and pg_restore when this machine's can read the server, with the same round trip", async () => {
    const create = async (name: string) => {
      const client = new pg.Client({ connectionString: server.url("postgres") });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return server.url(name);
    };
    const from = await create("company");
    await applyMigrations(from);
    const db = createDb(from, { max: 2 });
    try {
      await fillEveryTable(db);
    } finally {
      await db.$disconnect();
    }
    await fillJobs(from);
    const before = await databaseFingerprint(from);
    const file = path.join(folder, "pg-dump.backup");
    const backup = await npmScript("db-backup", [file], { DATABASE_URL: from });
    expect(backup.output).toContain("pg_dump's custom format");
    expect(backup.ok).toBe(true);
    const into = await create("moved");
    const restore = await npmScript("db-restore", [file], { DATABASE_URL: into });
    expect(restore.output).toContain("Restored the backup");
    expect(restore.ok).toBe(true);
    expect(await databaseFingerprint(into)).toEqual(before);
    await expect(restoreDatabase(from, file)).rejects.toThrow(/is not empty/);
  }, 180_000);

  it("say what to install when pg_dump is asked for and cannot read the server", async () => {
    const cli = await npmScript("db-backup", [path.join(folder, "refused.backup"), "--format", "pg_dump"], { DATABASE_URL: source });
    expect(cli.ok).toBe(false);
    expect(cli.output).toMatch(/pg_dump is missing or older than the server \(PostgreSQL 18/);
  }, 60_000);
});
