// `npm run test:e2e`: Playwright against the built app on a database of its own.
// 1. checks that Chromium is there; 2. creates and migrates a scratch
// database (no demo data: each spec makes the people it needs); 3. `next
// build`; 4. `next start` on a free port; 5. `playwright test`; 6. stops the
// server and drops the database, whatever happened.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { freePort } from "../../scripts/db/embedded-postgres";
import { createScratchDatabase } from "../../scripts/db/scratch-database";
import { withServerPreloads } from "../../scripts/server-preloads";
import { chromiumPath } from "./chromium";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000}s`);
}

async function main(): Promise<number> {
  const browser = chromiumPath();
  if (!existsSync(browser)) {
    console.error(
      `Chromium was not found at ${browser}. Install it (apt-get install -y chromium) ` +
        "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    );
    return 1;
  }

  const database = await createScratchDatabase();
  let server: ChildProcess | undefined;
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      // Plain http on this machine, as `npm start` runs on the demo
      // database; the app still answers at any address it is opened at
      // (addresses.spec.ts opens two).
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      // A server far east of UTC: a month computed in local time would shift.
      TZ: "Pacific/Kiritimati",
      CHROMIUM_PATH: browser,
      E2E_BASE_URL: baseUrl,
      E2E_PORT: String(port),
      // The specs stand in for a load balancer: each says which client a
      // request is from in X-Forwarded-For (the sign-in limits count per
      // address). request-addresses.spec.ts checks a server with none.
      SSI_TRUSTED_PROXIES: "1",
      // The specs burst hundreds of API requests with one token (faults,
      // fuzz): the limits per minute are tested with their defaults on an
      // app of their own (rate-limits.spec.ts).
      SSI_API_RATE_LIMITS: "read=9999999,write=9999999,import=9999999",
      // A line per request would bury the runner's output: logs.spec.ts reads an app of its own at info.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    };

    if (process.env.E2E_SKIP_BUILD !== "1") {
      // Built without a database or secrets, as a deployment pipeline would.
      const buildEnv = { ...env };
      delete buildEnv.DATABASE_URL;
      delete buildEnv.NEXTAUTH_SECRET;
      const built = await run("npx", ["--no-install", "next", "build"], { ...buildEnv, NODE_ENV: "production" });
      if (built !== 0) return built;
    }
    server = spawn("npx", ["--no-install", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      stdio: ["ignore", "inherit", "inherit"],
      // As `npm start` runs it: with the connection's address passed on.
      env: withServerPreloads({ ...env, NODE_ENV: "production" }),
      detached: true,
    });
    await waitForServer(`${baseUrl}/sign-in`, server);
    return await run("npx", ["--no-install", "playwright", "test", ...process.argv.slice(2)], env);
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await database.teardown();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
