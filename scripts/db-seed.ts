// `npm run db:seed [-- --reps 5000 --months 36]`: loads demo data into DATABASE_URL.
import { thisMonth } from "../platform/time/calendar";
import { checkDatabase, createDb } from "../platform/db/connect";
import { describeDemoSignIns, seedDemoData } from "../prisma/seed/seed";
import { numberOption, requireDatabaseUrl, runCli } from "./cli";

runCli(async () => {
  const url = requireDatabaseUrl("db:seed");
  const args = process.argv.slice(2);
  const unreachable = await checkDatabase(url);
  if (unreachable) throw new Error(unreachable);
  const db = createDb(url);
  try {
    const { addedScores } = await seedDemoData(db, {
      repCount: numberOption(args, "reps", 24),
      monthCount: numberOption(args, "months", 12),
      lastMonth: thisMonth(),
    });
    console.log(`Demo data ready (${addedScores} score entries added).\n${describeDemoSignIns()}`);
  } finally {
    await db.$disconnect();
  }
});
