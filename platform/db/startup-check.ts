// Checked once when a server starts (see instrumentation.ts): refuse to serve
// with a bad configuration or an unreachable database, with one clear line
// instead of a stack trace.
import { checkDatabase } from "./connect";
import { serverEnv } from "@/platform/config/env";

export async function checkStartup(): Promise<void> {
  let databaseUrl: string;
  try {
    databaseUrl = serverEnv().DATABASE_URL;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const unreachable = await checkDatabase(databaseUrl);
  if (unreachable) {
    console.error(unreachable);
    process.exit(1);
  }
}
