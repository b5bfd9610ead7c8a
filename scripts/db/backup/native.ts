// PostgreSQL's own tools, when this machine has a version that can read the
// server: pg_dump -Fc / pg_restore. They copy every object, whatever made it.
// (Debian: apt install postgresql-client-<server major>; README, "Backup and restore".)
import { spawn, spawnSync } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** SSI_PG_BIN: the folder of pg_dump and pg_restore, when they are not on the PATH. */
const binary = (tool: "pg_dump" | "pg_restore") => (process.env.SSI_PG_BIN ? `${process.env.SSI_PG_BIN}/${tool}` : tool);

const major = (version: string) => Number(/(\d+)/.exec(version)?.[1] ?? 0);

/** The tool's major version, or 0 when it is not installed. */
export function toolMajor(tool: "pg_dump" | "pg_restore"): number {
  const run = spawnSync(binary(tool), ["--version"], { encoding: "utf8" });
  if (run.status !== 0) return 0;
  return major(/\)\s*(\d+)/.exec(run.stdout)?.[1] ?? "0");
}

/** pg_dump reads servers of its own major version and older ones only. */
export const canDump = (server: string) => toolMajor("pg_dump") >= major(server);
export const serverMajor = major;

/** The connection as the tools' environment: the password never on a command line. */
function connectionEnv(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(tool: "pg_dump" | "pg_restore", args: string[], url: string, io: { input?: Readable; output?: Writable }): Promise<void> {
  const { dbname, env } = connectionEnv(url);
  const child = spawn(binary(tool), [...args, `--dbname=${dbname}`], { env, stdio: [io.input ? "pipe" : "ignore", io.output ? "pipe" : "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${tool} failed: ${errors.trim() || `exit code ${code}`}`))));
  });
  const streams: Promise<void>[] = [];
  if (io.input && child.stdin) streams.push(pipeline(io.input, child.stdin));
  if (io.output && child.stdout) streams.push(pipeline(child.stdout, io.output));
  return Promise.all([exited, ...streams]).then(() => undefined);
}

/** The whole database in pg_dump's custom format, written to `output`. */
export function dumpWithPgDump(url: string, output: Writable): Promise<void> {
  return run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges"], url, { output });
}

/** Loads a pg_dump archive into the (empty) database, all or nothing. */
export function restoreWithPgRestore(url: string, input: Readable): Promise<void> {
  return run("pg_restore", ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges"], url, { input });
}
