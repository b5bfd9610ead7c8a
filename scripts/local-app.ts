// What `npm start` and `npm run dev` share: a database ready for the app
// (the configured one, or the embedded PostgreSQL in .data/postgres, migrated
// and seeded with demo data on first start), a session secret, the address
// the app can be opened at, and one-line refusals instead of stack traces.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { thisMonth } from "../platform/time/calendar";
import { checkDatabase, createDb } from "../platform/db/connect";
import { networkHosts } from "../platform/config/network";
import { describeDemoSignIns, seedDemoData } from "../prisma/seed/seed";
import { postmasterPid } from "./db/embedded-postgres";
import { applyMigrations } from "./db/migrations";
import { DATA, EMBEDDED_DATABASE, EMBEDDED_PORT, PG_DATA, ROOT } from "./db/local-paths";
import { startSupervisedPostgres } from "./db/supervised-postgres";
import { killTree, signalGroup } from "./process-tree";

export { ROOT };
const SECRET_FILE = path.join(DATA, "nextauth-secret");

/** Prints one line and exits non-zero: what a person can act on, no stack trace. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface AppDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
  /** Called with one line when the embedded database died and could not be restarted. */
  onLost(listener: (line: string) => void): void;
}

/** Refuses to start when `port` is taken (by a running SSI Board, most likely). */
export async function ensurePortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
  if (!free) fail(`Port ${port} is in use: SSI Board is probably already running (http://localhost:${port}). Stop it, or set PORT.`);
}

/**
 * The configured database, or the embedded one; migrated, and with demo data
 * on a first start. A configured database in production is left as it is:
 * its migrations are a deployment step (`npm run db:migrate`), and it never
 * gets demo data.
 */
export async function prepareDatabase({ production }: { production: boolean }): Promise<AppDatabase> {
  const configured = process.env.DATABASE_URL;
  let url = configured;
  let stop = async () => {};
  const lostListeners: ((line: string) => void)[] = [];
  const onLost = (listener: (line: string) => void) => void lostListeners.push(listener);
  if (!url) {
    const shown = path.relative(ROOT, PG_DATA) || PG_DATA;
    const holder = postmasterPid(PG_DATA);
    if (holder) fail(`The embedded database (${shown}) is already in use by process ${holder}: SSI Board is probably already running.`);
    console.log(`Starting the embedded PostgreSQL (data in ${shown}, port ${EMBEDDED_PORT})...`);
    const server = await startSupervisedPostgres(
      { dataDir: PG_DATA, port: EMBEDDED_PORT, persistent: true },
      { onGiveUp: (line) => lostListeners.forEach((listener) => listener(line)) },
    ).catch((error: unknown) => fail(`Could not start the embedded PostgreSQL: ${messageOf(error)}`));
    await server.createDatabase(EMBEDDED_DATABASE);
    url = server.url(EMBEDDED_DATABASE);
    stop = () => server.stop().catch(() => {});
  }
  const unreachable = await checkDatabase(url);
  if (unreachable) {
    await stop();
    fail(unreachable);
  }
  if (configured && production) return { url, embedded: false, stop, onLost };
  const applied = await applyMigrations(url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = createDb(url, { max: 2 });
  try {
    if ((await db.user.count()) === 0) {
      console.log("First start: loading demo data...");
      await seedDemoData(db, { lastMonth: thisMonth() });
    }
    if (!configured) console.log(`\n${describeDemoSignIns()}\n`);
  } finally {
    await db.$disconnect();
  }
  return { url, embedded: !configured, stop, onLost };
}

/**
 * The session secret: NEXTAUTH_SECRET when set; else, with the embedded
 * database only, one generated on the first start and kept in .data
 * (readable by its owner only), so that sessions survive a restart.
 */
export function sessionSecret(database: AppDatabase, { production }: { production: boolean }): string | undefined {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (!database.embedded) {
    if (production) fail("NEXTAUTH_SECRET is required with DATABASE_URL (32+ characters, e.g. `openssl rand -hex 32`).");
    return undefined;
  }
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  const secret = randomBytes(32).toString("hex");
  mkdirSync(DATA, { recursive: true });
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The app's public URL for a production server (NEXTAUTH_URL): as configured;
 * else, on the embedded demo database only, this machine's address (plain
 * http is accepted for localhost only, platform/config/env.ts). A server on a real
 * database without it is refused, as it would be by the app itself.
 */
export function publicUrl(database: AppDatabase, port: number): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured;
  if (!database.embedded) fail("NEXTAUTH_URL is required with DATABASE_URL: the app's public https:// URL, e.g. https://ssi.example.com.");
  return `http://localhost:${port}`;
}

/** Where the app can be opened: this machine, and its addresses on the local network (for a phone). */
export function addresses(port: number): string[] {
  // IPv4 only: the address a person types on a phone.
  const network = networkHosts().filter((host) => !host.startsWith("["));
  return [`http://localhost:${port}`, ...network.map((host) => `http://${host}:${port}`)];
}

// Next.js answers the requests in flight before it exits; one that waits on
// a frozen database must not hold the stop for ever.
const NEXT_GRACE_MS = 5000;
const DUPLICATE_SIGNAL_MS = 1000;

/**
 * Runs `next <args>` on `database` until it exits, a signal or the database
 * is lost. A signal (SIGINT, SIGTERM) goes to Next.js, which stops taking
 * requests and answers those in flight; after 5 s it is killed. Then the
 * database stops (killed after 3 s), and the process exits 0. A second
 * signal (more than 1 s after the first) kills at once. Next.js exiting on its own stops the database and
 * passes its exit code on; a lost database stops Next.js and exits 1.
 */
export function runNextUntilStopped(args: string[], database: AppDatabase, env: NodeJS.ProcessEnv): ChildProcess {
  // Node and Next.js's own entry, not npx (which would stand between the
  // signal and the server), in a process group of its own so that a kill
  // reaches the servers Next.js forks (`next dev` runs one).
  const next = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), ...args], {
    stdio: "inherit",
    cwd: ROOT,
    detached: true,
    env: { ...env, DATABASE_URL: database.url },
  });
  const exited = new Promise<number>((resolve) => next.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  const killNext = () => {
    killTree(next.pid);
    signalGroup(next.pid, "SIGKILL");
  };
  let stopping: { code: number; at: number } | undefined;
  const stop = (signal: NodeJS.Signals, code: number) => {
    if (stopping) {
      // The same signal twice at once is one stop, not two: Ctrl-C or a
      // service manager signals the whole group, and `npm start` / `npm run
      // dev` pass theirs on as well. A person's second Ctrl-C comes later.
      if (Date.now() - stopping.at < DUPLICATE_SIGNAL_MS) return;
      console.log("Stopping at once.");
      killNext();
      return;
    }
    stopping = { code, at: Date.now() };
    console.log("\nStopping SSI Board...");
    signalGroup(next.pid, signal);
    const timer = setTimeout(() => {
      console.error(`Next.js did not stop within ${NEXT_GRACE_MS / 1000} s: killed.`);
      killNext();
    }, NEXT_GRACE_MS);
    timer.unref();
  };
  process.on("SIGINT", () => stop("SIGINT", 0));
  process.on("SIGTERM", () => stop("SIGTERM", 0));
  database.onLost((line) => {
    console.error(line);
    stop("SIGTERM", 1);
  });
  void exited.then(async (code) => {
    killNext(); // whatever Next.js forked and left behind
    await database.stop();
    process.exit(stopping ? stopping.code : code);
  });
  return next;
}
