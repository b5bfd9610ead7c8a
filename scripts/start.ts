// `npm start`: SSI Board at production speed. Without DATABASE_URL it runs on
// the embedded PostgreSQL with demo data (see local-app.ts); it builds the
// app when there is no build or the sources changed since, then serves it
// with `next start` on PORT (3000), on every address of the machine, with
// the preload that passes each connection's address on to the app (the
// sign-in limits count per client address: scripts/socket-address-preload.mjs).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { addresses, ensurePortFree, fail, messageOf, prepareDatabase, publicUrl, ROOT, runNextUntilStopped, sessionSecret } from "./local-app";
import { withServerPreloads } from "./server-preloads";

const PORT = Number(process.env.PORT ?? 3000);
const BUILD_ID = path.join(ROOT, ".next", "BUILD_ID");
// What the build is made from.
const SOURCES = ["app", "components", "platform", "features", "public", "instrumentation.ts", "proxy.ts", "next.config.ts", "package.json", "package-lock.json", "tsconfig.json"];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** True when there is no build, or a source file changed after it. */
export function buildIsStale(): boolean {
  if (!existsSync(BUILD_ID)) return true;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.some((source) => newestChange(path.join(ROOT, source)) > built);
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["--no-install", "next", ...args], { stdio: "inherit", env, cwd: ROOT });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Waits until the app answers on PORT (false when it exits first). */
async function whenAnswering(pid: number | undefined): Promise<boolean> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/sign-in`, { redirect: "manual" })).status < 500) return true;
    } catch {
      // not listening yet
    }
    try {
      if (pid) process.kill(pid, 0);
    } catch {
      return false;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main(): Promise<void> {
  await ensurePortFree(PORT);
  // The database and the secret first: a wrong DATABASE_URL is said at once, not after a build.
  const database = await prepareDatabase({ production: true });
  const secret = sessionSecret(database, { production: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: publicUrl(database, PORT) };
  if (buildIsStale()) {
    console.log("Building SSI Board for production (a few minutes the first time)...");
    // Built without the database or the secret, as a deployment pipeline would.
    if ((await run(["build"], env)) !== 0) {
      await database.stop();
      fail("The build failed (see above).");
    }
  }
  const next = runNextUntilStopped(["start", "-p", String(PORT)], database, withServerPreloads({ ...env, ...(secret ? { NEXTAUTH_SECRET: secret } : {}) }));
  void whenAnswering(next.pid).then((answering) => {
    if (answering) console.log(`\nSSI Board is ready: open ${addresses(PORT).join(" or ")}\nCtrl-C stops the app and the database.`);
  });
}

main().catch((error: unknown) => fail(messageOf(error)));
