// `npm run dev`: the development server (hot reload) on port 3000, for
// developers; `npm start` is how everyone else runs SSI Board. Same database
// and secret as `npm start` (see local-app.ts).
import { spawn } from "node:child_process";
import { ensurePortFree, fail, messageOf, prepareDatabase, ROOT, sessionSecret } from "./local-app";

async function main(): Promise<void> {
  await ensurePortFree(Number(process.env.PORT ?? 3000));
  const database = await prepareDatabase({ production: false });
  const secret = sessionSecret(database, { production: false });
  const next = spawn("npx", ["--no-install", "next", "dev", ...process.argv.slice(2)], {
    stdio: "inherit",
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url, ...(secret ? { NEXTAUTH_SECRET: secret } : {}), NEXT_TELEMETRY_DISABLED: "1" },
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
    await database.stop();
    process.exit(stopping ? 0 : (code ?? 0));
  });
}

main().catch((error: unknown) => fail(messageOf(error)));
