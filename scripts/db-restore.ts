// `npm run db:restore FILE`: a backup of db:backup into an empty database
// (DATABASE_URL, or the embedded one) (README, "Backup and restore").
import { restoreDatabase } from "./db/backup/restore";
import { openTargetDatabase } from "./db/backup/target";
import { runCli } from "./cli";

runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: npm run db:restore FILE (a file made by npm run db:backup).");
  const database = await openTargetDatabase({ create: true });
  try {
    console.log(`Restoring ${file} into ${database.shown}...`);
    const result = await restoreDatabase(database.url, file, database.shown);
    const counts = result.tables === undefined ? "" : ` (${result.tables} tables, ${result.rows} rows)`;
    console.log(`Restored the backup of ${result.header.createdAt}${counts}.`);
    if (result.migrated.length > 0) console.log(`Then applied this version's newer migrations: ${result.migrated.join(", ")}.`);
  } finally {
    await database.close();
  }
});
