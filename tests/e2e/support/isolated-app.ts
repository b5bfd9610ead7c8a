// The built app on a PostgreSQL server and database of its own, for the specs
// that must see every row change (the API fuzz, the authorization matrix):
// the shared e2e database moves under them as the other specs run.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "../../../scripts/bench/app-server";
import { freePort, startEmbeddedPostgres } from "../../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../../scripts/db/migrations";
import { createDb, type Db } from "../../../platform/db/connect";

export interface IsolatedApp {
  /** The app's address, http://127.0.0.1:<port>. */
  base: string;
  /** Its database's URL, for a second instance on it. */
  url: string;
  db: Db;
  stop(): Promise<void>;
}

/** Starts PostgreSQL, migrates a fresh database and serves the build on it. */
export async function startIsolatedApp(name: string, options: { env?: Record<string, string>; output?: (chunk: string) => void } = {}): Promise<IsolatedApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `ssiboard-${name}-`));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  await server.createDatabase(name);
  const url = server.url(name);
  await applyMigrations(url);
  const db = createDb(url, { max: 2 });
  // The run's secret, so that the specs can make what the app seals (a channel's URL, an unsubscribe link: tests/factories.ts).
  const app = await startApp(url, { env: options.env, secret: process.env.NEXTAUTH_SECRET, output: options.output });
  return {
    base: app.base,
    url,
    db,
    stop: async () => {
      await app.stop();
      await db.$disconnect();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
