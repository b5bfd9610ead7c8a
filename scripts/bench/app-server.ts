// The production build, served by `next start` on a scratch database, for the
// benchmark (and for the end-to-end test that runs a second app instance).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { freePort } from "../db/embedded-postgres";
import { withServerPreloads } from "../server-preloads";

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["--no-install", "next", ...args], { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** `next build`, without the database or the secret, as a deployment pipeline would. */
export async function buildApp(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  if ((await run(["build"], env)) !== 0) throw new Error("next build failed (see above)");
}

export interface AppServer {
  base: string;
  /** The server's process group (npx, npm and next-server). */
  group: number;
  stop(): Promise<void>;
}

/**
 * `next start` on a free port of 127.0.0.1 as `npm start` runs it (the
 * connection's address passed on), answering once it does; with `secret`, it
 * shares the sessions of the instances that have it; `env` adds to its
 * environment (SSI_TRUSTED_PROXIES, say).
 */
export async function startApp(
  databaseUrl: string,
  { secret = randomBytes(32).toString("hex"), env = {}, output }: { secret?: string; env?: Record<string, string>; output?: (chunk: string) => void } = {},
): Promise<AppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn("npx", ["--no-install", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    // Its log lines go to `output` when asked for (logs.spec.ts), else nowhere.
    stdio: ["ignore", output ? "pipe" : "ignore", "inherit"],
    env: withServerPreloads({
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: base,
      ...env,
    }),
    detached: true,
  });
  server.stdout?.on("data", (chunk: Buffer) => output?.(chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error(`the app did not answer at ${base} within 60 s`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    group: server.pid ?? 0,
    stop: async () => {
      if (server.pid === undefined) return;
      // The whole group (npx, npm, next-server); a server still draining the
      // load is killed after 5 s rather than left running under the next run.
      const group = -server.pid;
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(group, name);
        } catch {
          // already gone
        }
      };
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 5000);
      await exited;
      await new Promise((r) => setTimeout(r, 200));
      signal("SIGKILL");
      clearTimeout(timer);
    },
  };
}

/** A session cookie for `email`: the sign-in page's form posted as a browser without JavaScript would. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  // As the sign-in form posts without JavaScript.
  const body = new URLSearchParams({ email, password });
  const response = await fetch(`${base}/api/auth/sign-in`, { method: "POST", body, redirect: "manual", headers: { Origin: base } });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith("ssi-session=") || c.startsWith("__Host-ssi-session="));
  if (!session) throw new Error(`signing in as ${email} failed (${response.status})`);
  return session;
}
