// The database a backup is taken from or restored into: DATABASE_URL when it
// is set, otherwise the embedded one of `npm start` (reached where it runs,
// or started for the time of the command and stopped after).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_PASSWORD, POSTGRES_USER, postmasterPid, startEmbeddedPostgres } from "../embedded-postgres";
import { EMBEDDED_DATABASE, EMBEDDED_PORT, PG_DATA, ROOT } from "../local-paths";

export interface TargetDatabase {
  url: string;
  /** What to call it in messages (never the password). */
  shown: string;
  close(): Promise<void>;
}

/** The port a running server of `dataDir` listens on (the 4th line of postmaster.pid). */
function runningPort(dataDir: string): number {
  const port = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : EMBEDDED_PORT;
}

/** Connection strings are shown without their password. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/**
 * Opens the configured or the embedded database. `create`: an embedded
 * database that does not exist yet is made (a restore's target); otherwise
 * its absence is an error (nothing to back up).
 */
export async function openTargetDatabase({ create }: { create: boolean }): Promise<TargetDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, shown: withoutPassword(configured), close: async () => {} };
  const shown = `the embedded database (${path.relative(ROOT, PG_DATA) || PG_DATA})`;
  if (!create && !existsSync(path.join(PG_DATA, "PG_VERSION"))) {
    throw new Error(`There is no embedded database in ${path.relative(ROOT, PG_DATA)} yet, and DATABASE_URL is not set: nothing to back up.`);
  }
  if (postmasterPid(PG_DATA)) {
    // SSI Board is running on it: the backup reads a consistent snapshot while it serves.
    const url = `postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@127.0.0.1:${runningPort(PG_DATA)}/${EMBEDDED_DATABASE}`;
    return { url, shown, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: PG_DATA, port: EMBEDDED_PORT, persistent: true });
  try {
    await server.createDatabase(EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url(EMBEDDED_DATABASE), shown, close: () => server.stop() };
}
