// Throw-away databases for test runs and migration authoring: a fresh
// database on the DATABASE_URL server when one is configured, otherwise a
// private embedded PostgreSQL on a free port. Dev data is never touched, and
// two runs at once never share a database.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrations";

export interface ScratchDatabase {
  url: string;
  teardown(): Promise<void>;
}

/** The same server as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name on the server of `serverUrl`; returns its URL. */
export async function createEmptyDatabase(serverUrl: string): Promise<string> {
  const name = `ssiboard_scratch_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  return withDatabase(serverUrl, name);
}

/** Drops the database of `url`, closing whatever connections it still has. */
export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await onServer(url, `DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
}

/** Creates a scratch database, migrated unless `migrate` is false. */
export async function createScratchDatabase(
  options: { migrate?: boolean } = {},
): Promise<ScratchDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};

  if (!serverUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "ssiboard-pg-"));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    serverUrl = server.url("postgres");
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  try {
    const url = await createEmptyDatabase(serverUrl);
    if (options.migrate !== false) await applyMigrations(url);
    return {
      url,
      teardown: async () => {
        await dropDatabase(url);
        await stopServer();
      },
    };
  } catch (error) {
    await stopServer();
    throw error;
  }
}
