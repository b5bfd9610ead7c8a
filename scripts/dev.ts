// `npm run dev`: the development server (hot reload) on port 3000, for
// developers; `npm start` is how everyone else runs SSI Board. Same database
// and secret as `npm start` (see local-app.ts).
import { withServerPreloads } from "./server-preloads";
import { ensurePortFree, fail, messageOf, prepareDatabase, runNextUntilStopped, sessionSecret } from "./local-app";

async function main(): Promise<void> {
  await ensurePortFree(Number(process.env.PORT ?? 3000));
  const database = await prepareDatabase({ production: false });
  const secret = sessionSecret(database, { production: false });
  runNextUntilStopped(["dev", ...process.argv.slice(2)], database, withServerPreloads({
    ...process.env,
    ...(secret ? { NEXTAUTH_SECRET: secret } : {}),
    NEXT_TELEMETRY_DISABLED: "1",
  }));
}

main().catch((error: unknown) => fail(messageOf(error)));
