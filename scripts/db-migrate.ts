// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { checkDatabase } from "../platform/db/connect";
import { applyMigrations } from "./db/migrations";
import { requireDatabaseUrl, runCli } from "./cli";

runCli(async () => {
  const url = requireDatabaseUrl("db:migrate");
  const unreachable = await checkDatabase(url);
  if (unreachable) throw new Error(unreachable);
  const applied = await applyMigrations(url);
  console.log(applied.length === 0 ? "Database is up to date." : `Applied: ${applied.join(", ")}`);
});
