// A PostgreSQL 15 server for the test of the pg_dump path: Debian's client
// tools here are version 15, and pg_dump reads servers of its own version or
// older, so the app's embedded PostgreSQL 18 cannot be dumped by them. The
// binaries come from the same npm package as the embedded server's
// (installed as postgres-15-binaries). Trust authentication on loopback: a
// throw-away server of one test.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/db/embedded-postgres";

const BIN = path.resolve(import.meta.dirname, "../../node_modules/postgres-15-binaries/native/bin");

export interface Postgres15 {
  url(database: string): string;
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user the embedded server uses. */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

export async function startPostgres15(): Promise<Postgres15> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ssiboard-pg15-"));
  const user = runAs();
  if ("uid" in user) {
    await chown(dataDir, user.uid, user.gid);
    await chmod(dataDir, 0o700);
  }
  execFileSync(path.join(BIN, "initdb"), [`--pgdata=${dataDir}`, "--username=postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], { ...user, stdio: "ignore" });
  const port = await freePort();
  const server: ChildProcess = spawn(path.join(BIN, "postgres"), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"], { ...user, stdio: "ignore" });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url("postgres") });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      if (attempt > 100 || server.exitCode !== null) throw new Error(`PostgreSQL 15 did not start: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: async () => {
      server.kill("SIGINT"); // a fast shutdown
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
