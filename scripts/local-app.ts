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
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { applyMigrations } from "./db/migrations";

export const ROOT = path.resolve(import.meta.dirname, "..");
const DATA = path.join(ROOT, ".data");
const PG_DATA = path.join(DATA, "postgres");
const SECRET_FILE = path.join(DATA, "nextauth-secret");
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

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
}

/** The pid of the PostgreSQL server that holds the data folder, if one is running. */
function runningPostgresPid(): number | null {
  const pidFile = path.join(PG_DATA, "postmaster.pid");
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
  if (!url) {
    const holder = runningPostgresPid();
    if (holder) fail(`The embedded database (.data/postgres) is already in use by process ${holder}: SSI Board is probably already running.`);
    console.log(`Starting the embedded PostgreSQL (data in .data/postgres, port ${EMBEDDED_PORT})...`);
    const server = await startEmbeddedPostgres({ dataDir: PG_DATA, port: EMBEDDED_PORT, persistent: true }).catch((error: unknown) =>
      fail(`Could not start the embedded PostgreSQL: ${messageOf(error)}`),
    );
    await server.createDatabase("ssiboard");
    url = server.url("ssiboard");
    stop = () => server.stop().catch(() => {});
  }
  const unreachable = await checkDatabase(url);
  if (unreachable) {
    await stop();
    fail(unreachable);
  }
  if (configured && production) return { url, embedded: false, stop };
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
  return { url, embedded: !configured, stop };
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

/**
 * Runs `next <args>` on `database` until it exits or Ctrl-C: a signal stops
 * Next.js first, then the database, and exits 0; Next.js exiting on its own
 * stops the database and passes its exit code on.
 */
export function runNextUntilStopped(args: string[], database: AppDatabase, env: NodeJS.ProcessEnv): ChildProcess {
  const next = spawn("npx", ["--no-install", "next", ...args], { stdio: "inherit", cwd: ROOT, env: { ...env, DATABASE_URL: database.url } });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping SSI Board...");
    next.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  next.on("exit", async (code) => {
    await database.stop();
    process.exit(stopping ? 0 : (code ?? 0));
  });
  return next;
}
