// `npm run bench [-- --reps 5000 --months 36 --runs 5]`: times the board reads
// on a scratch database loaded with a large demo company. Speed is measured
// here, never asserted with timers in tests.
import { performance } from "node:perf_hooks";
import { createDb } from "../lib/db/connect";
import { createScratchDatabase } from "./db/scratch-database";
import type { Month } from "../lib/month";
import { seedDemoData } from "../prisma/seed/seed";
import { numberOption, runCli } from "./cli";
import type { BoardKind } from "../lib/leaderboard/board";

const MONTH: Month = "2026-11";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

runCli(async () => {
  const args = process.argv.slice(2);
  const reps = numberOption(args, "reps", 5000);
  const months = numberOption(args, "months", 36);
  const runs = numberOption(args, "runs", 5);
  const scratch = await createScratchDatabase();
  try {
    const db = createDb(scratch.url);
    let start = performance.now();
    await seedDemoData(db, { repCount: reps, monthCount: months, lastMonth: MONTH });
    console.log(`seed ${reps} reps × ${months} months: ${Math.round(performance.now() - start)} ms`);
    const team = await db.team.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } });
    await db.$disconnect();

    // The app's modules read DATABASE_URL when first used.
    process.env.DATABASE_URL = scratch.url;
    const { boardRows } = await import("../lib/leaderboard/data");
    const { buildBoard } = await import("../lib/leaderboard/board");
    const cases: [string, string | null, BoardKind][] = [
      ["company board, score", null, "score"],
      ["company board, most improved", null, "improvement"],
      ["team board, score", team.id, "score"],
    ];
    for (const [label, teamId, kind] of cases) {
      const query: number[] = [];
      const rules: number[] = [];
      for (let i = 0; i < runs; i++) {
        start = performance.now();
        const rows = await boardRows(MONTH, teamId);
        query.push(performance.now() - start);
        start = performance.now();
        buildBoard(rows, MONTH, kind);
        rules.push(performance.now() - start);
      }
      console.log(`${label}: query ${Math.round(median(query))} ms, rules ${Math.round(median(rules))} ms (median of ${runs})`);
    }
    // Close the app's pool before the database is dropped.
    await (await import("../lib/db/prisma")).db().$disconnect();
  } finally {
    await scratch.teardown();
  }
});
