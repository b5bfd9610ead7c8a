// `npm run db:backup [FILE] [--format copy|pg_dump]`: the whole database
// (DATABASE_URL, or the embedded one) in one file (README, "Backup and restore").
import { backupDatabase, type BackupFormat } from "./db/backup/backup";
import { openTargetDatabase } from "./db/backup/target";
import { runCli } from "./cli";

const FORMATS = ["copy", "pg_dump"] as const;

function parseArgs(args: string[]): { file: string; format: BackupFormat | "auto" } {
  const index = args.indexOf("--format");
  const format = index === -1 ? "auto" : args[index + 1];
  if (format !== "auto" && !FORMATS.includes(format as BackupFormat)) throw new Error(`--format takes ${FORMATS.join(" or ")}.`);
  const rest = args.filter((_, i) => index === -1 || (i !== index && i !== index + 1));
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "").replace("T", "-");
  return { file: rest[0] ?? `ssi-board-${stamp}.backup`, format: format as BackupFormat | "auto" };
}

runCli(async () => {
  const { file, format } = parseArgs(process.argv.slice(2));
  const database = await openTargetDatabase({ create: false });
  try {
    console.log(`Backing up ${database.shown}...`);
    const result = await backupDatabase(database.url, file, { format });
    const what = result.tables === undefined ? "pg_dump's custom format" : `${result.tables} tables, ${result.rows} rows, built-in format`;
    console.log(`Backup written to ${file} (${(result.bytes / 1024).toFixed(0)} KB; ${what}). It holds password hashes: keep it as safe as the database.`);
  } finally {
    await database.close();
  }
});
