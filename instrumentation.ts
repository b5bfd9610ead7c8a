// Runs once when a server starts: refuse to serve with a bad configuration
// or an unreachable database, with one clear line instead of a stack trace.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { serverEnv } = await import("./lib/env");
  const { checkDatabase } = await import("./lib/db/connect");
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
