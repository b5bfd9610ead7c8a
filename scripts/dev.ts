// `npm run dev`: the app on port 3000 with a database ready to use.
// Without DATABASE_URL it runs an embedded PostgreSQL whose data lives in
// .data/postgres (git-ignored), migrates it, seeds demo data on first start,
// and stops it when you stop the app.
import { spawn } from "node:child_process";
import path from "node:path";
import { thisMonth } from "../lib/calendar";
import { checkDatabase, createDb } from "../lib/db/connect";
import { startEmbeddedPostgres, type RunningPostgres } from "./db/embedded-postgres";
import { applyMigrations } from "./db/migrations";
import { describeDemoSignIns, seedDemoData } from "../prisma/seed/seed";

const DATA_DIR = path.resolve(import.meta.dirname, "../.data/postgres");
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function prepareDatabase(): Promise<{ url: string; server?: RunningPostgres }> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured };
  console.log(`Starting the embedded PostgreSQL (data in .data/postgres, port ${EMBEDDED_PORT})...`);
  const server = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: EMBEDDED_PORT, persistent: true });
  await server.createDatabase("ssiboard");
  return { url: server.url("ssiboard"), server };
}

async function main(): Promise<void> {
  const { url, server } = await prepareDatabase().catch((error: unknown) =>
    fail(`Could not start the embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}`),
  );
  const stopDatabase = async () => {
    await server?.stop().catch(() => {});
  };
  const unreachable = await checkDatabase(url);
  if (unreachable) {
    await stopDatabase();
    fail(unreachable);
  }
  const applied = await applyMigrations(url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

  const db = createDb(url, { max: 2 });
  try {
    if ((await db.user.count()) === 0) {
      console.log("First start: loading demo data...");
      await seedDemoData(db, { lastMonth: thisMonth() });
    }
  } finally {
    await db.$disconnect();
  }
  console.log(`\n${describeDemoSignIns()}\n`);

  const next = spawn("npx", ["--no-install", "next", "dev", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  next.on("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

main().catch(async (error: unknown) => fail(error instanceof Error ? error.message : String(error)));
