// `npm run bench [-- --reps 5000 --months 36 --seconds 10 --connections 10 --compress 10]`:
// the one place where SSI Board's speed is measured (tests never time
// anything). It builds the app, loads a synthetic company (--reps in teams of
// 100, --months of history) into a scratch database, starts the production
// server on it (timing its cold start to the first board) and loads each
// route with autocannon after a warm-up; then the team board while writes
// happen (the mixed run), the payout and audit downloads, the month-start
// scenario (scripts/bench/month-start.ts, compressed --compress times) and a
// 5 MB score import (scripts/bench/import-file.ts); then
// it weighs the data layer's board query against the same SQL sent through
// `pg`. It watches the server's peak memory throughout, prints a table and
// writes bench/results/<date>-<reps>.json.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDb } from "../platform/db/connect";
import { addMonths, firstDay, type Month } from "../platform/time/month";
import { generateToken, hashToken } from "../platform/auth/tokens";
import { seedDemoData } from "../prisma/seed/seed";
import { DEMO_PASSWORD } from "../prisma/seed/demo-plan";
import { buildApp, signIn, startApp } from "./bench/app-server";
import { measure, timeCalls, type RouteResult } from "./bench/measure";
import { watchPeakRss } from "./bench/memory";
import { runMonthStart } from "./bench/month-start";
import { timeImport } from "./bench/import-file";
import { thisMonth } from "../platform/time/calendar";
import { numberOption, runCli } from "./cli";
import { createScratchDatabase } from "./db/scratch-database";

// The benchmark measures what a request costs, not the API's limits per
// minute (one token sends thousands): the app it starts has them out of reach.
process.env.SSI_API_RATE_LIMITS ??= "read=9999999,write=9999999,import=9999999";

const MONTH: Month = "2026-11";
const REPS_PER_TEAM = 100;

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 100) / 100);

runCli(async () => {
  const args = process.argv.slice(2);
  const reps = numberOption(args, "reps", 5000);
  const months = numberOption(args, "months", 36);
  const seconds = numberOption(args, "seconds", 10);
  const connections = numberOption(args, "connections", 10);
  const runs = numberOption(args, "runs", 500);
  const compress = numberOption(args, "compress", 10);
  const load = { seconds, connections, warmup: 3 };

  if (!args.includes("--no-build")) await buildApp();
  const scratch = await createScratchDatabase();
  const db = createDb(scratch.url);
  try {
    const start = performance.now();
    await seedDemoData(db, { repCount: reps, monthCount: months, lastMonth: MONTH, repsPerTeam: REPS_PER_TEAM });
    const seedSeconds = Math.round((performance.now() - start) / 100) / 10;
    console.log(`Loaded ${reps} reps × ${months} months in ${seedSeconds} s`);
    await db.$executeRaw`VACUUM ANALYZE`;

    const team = await db.team.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true, email: true } });
    const token = generateToken();
    await db.apiToken.create({ data: { userId: admin.id, name: "benchmark", tokenHash: hashToken(token) } });
    const repIds = (await db.user.findMany({ where: { role: "REP" }, select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);

    const managers = await db.user.findMany({ where: { role: "MANAGER", active: true }, select: { email: true, teamId: true }, orderBy: { id: "asc" }, take: 20 });
    const scenarioReps = await db.user.findMany({ where: { role: "REP", active: true }, select: { id: true, email: true }, orderBy: { email: "asc" }, take: 500 });
    const teams = await db.team.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 50 });
    const wallTokens: string[] = [];
    for (let i = 0; i < 50; i++) {
      const wallToken = generateToken("");
      await db.wallLink.create({ data: { teamId: teams[i % teams.length]?.id ?? team.id, createdById: admin.id, tokenHash: hashToken(wallToken) } });
      wallTokens.push(wallToken);
    }

    // Cold start: from spawning `next start` to the first team board's answer.
    const coldStart = performance.now();
    const app = await startApp(scratch.url);
    const firstBoard = await fetch(`${app.base}/api/v1/leaderboard?team=${team.id}&month=${MONTH}`, { headers: { Authorization: `Bearer ${token}` } });
    await firstBoard.arrayBuffer();
    const coldStartSeconds = Math.round((performance.now() - coldStart) / 100) / 10;
    const memory = watchPeakRss(app.group);
    const routes: Record<string, RouteResult> = {};
    const timings: Record<string, number> = {};
    try {
      const bearer = { Authorization: `Bearer ${token}` };
      const cookie = { Cookie: await signIn(app.base, admin.email, DEMO_PASSWORD) };
      const measureRoute = async (name: string, url: string, headers: Record<string, string> = {}) => {
        routes[name] = await measure({ url: `${app.base}${url}`, headers }, load);
        console.log(`${name}: ${routes[name].rps} req/s, p50 ${routes[name].p50} ms`);
      };
      await measureRoute("health", "/api/v1/health");
      await measureRoute("teamBoardApi", `/api/v1/leaderboard?team=${team.id}&month=${MONTH}`, bearer);
      await measureRoute("companyBoardApi", `/api/v1/leaderboard?team=all&month=${MONTH}`, bearer);
      await measureRoute("teamBoardPage", `/leaderboard?team=${team.id}&month=${MONTH}`, cookie);

      // Writes: each request a rep and month that has no entry yet (months before the loaded history).
      const firstMonth = addMonths(MONTH, 1 - months);
      let sent = 0;
      const acknowledged: { userId: string; month: Month }[] = [];
      const body = () => {
        const i = sent++;
        const userId = repIds[i % repIds.length] ?? "";
        const month = addMonths(firstMonth, -1 - Math.floor(i / repIds.length));
        return JSON.stringify({ userId, month, brand: 12.5, people: 12, insights: 11, relationships: 10, total: 45.5 });
      };
      routes.scoreWrites = await measure(
        {
          url: `${app.base}/api/v1/scores`,
          method: "POST",
          headers: { ...bearer, "Content-Type": "application/json" },
          body,
          onAnswer: (status, payload) => {
            if (status >= 200 && status < 300 && payload) acknowledged.push(JSON.parse(payload) as { userId: string; month: Month });
          },
        },
        { ...load, warmup: 0 },
      );
      console.log(`scoreWrites: ${routes.scoreWrites.rps} req/s, p50 ${routes.scoreWrites.p50} ms`);
      // Mixed: the team board read while writes happen (each write moves the counters).
      const [mixedReads, mixedWrites] = await Promise.all([
        measure({ url: `${app.base}/api/v1/leaderboard?team=${team.id}&month=${MONTH}`, headers: bearer }, { ...load, warmup: 0 }),
        measure(
          {
            url: `${app.base}/api/v1/scores`,
            method: "POST",
            headers: { ...bearer, "Content-Type": "application/json" },
            body,
            onAnswer: (status, payload) => {
              if (status >= 200 && status < 300 && payload) acknowledged.push(JSON.parse(payload) as { userId: string; month: Month });
            },
          },
          { ...load, connections: 2, warmup: 0 },
        ),
      ]);
      const mixed = { reads: mixedReads, writes: mixedWrites };
      console.log(`mixed: board p99 ${mixedReads.p99} ms (idle ${routes.teamBoardApi?.p99} ms) while ${mixedWrites.rps} writes/s`);

      // Downloads at this size, one each, timed alone.
      const cookieAndOrigin = { ...cookie, Origin: app.base };
      for (const [name, url] of [["payoutCsv", `/api/exports/payouts?month=${MONTH}&format=csv`], ["auditCsv", "/api/exports/audit?format=csv"]] as const) {
        const started = performance.now();
        const answer = await fetch(`${app.base}${url}`, { headers: cookieAndOrigin });
        await answer.arrayBuffer();
        timings[name] = Math.round(performance.now() - started);
        console.log(`${name}: ${answer.status} in ${timings[name]} ms`);
      }

      const monthStart = await runMonthStart({
        base: app.base,
        databaseUrl: scratch.url,
        month: thisMonth(),
        password: DEMO_PASSWORD,
        reps: scenarioReps,
        managers,
        wallTokens,
        adminCookie: cookie.Cookie,
        compress,
      });
      console.log(`month start (×${compress}): ${monthStart.errors} errors, ${monthStart.lostWrites} lost of ${monthStart.acknowledgedWrites}, ${monthStart.maxDatabaseConnections} connections`);
      console.table(monthStart.kinds);

      // A 5 MB score import (check, then import), for months before every write above.
      const allRepEmails = (await db.user.findMany({ where: { role: "REP", active: true }, select: { email: true }, orderBy: { email: "asc" } })).map((r) => r.email);
      const importTiming = await timeImport(app.base, token, allRepEmails, addMonths(firstMonth, -24));
      console.log(`import: ${importTiming.lines} lines (${importTiming.bytes} bytes): check ${importTiming.dryRunMs} ms (${importTiming.status.dryRun}), import ${importTiming.importMs} ms (${importTiming.status.import}), ${importTiming.created} created`);

      const [stored] = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) FROM "ScoreEntry" s
        JOIN unnest(${acknowledged.map((a) => a.userId)}::text[], ${acknowledged.map((a) => firstDay(a.month))}::date[]) AS a(u, m)
          ON s."userId" = a.u AND s.month = a.m`;
      const lostWrites = acknowledged.length - Number(stored?.count ?? 0);

      // The data layer against the same SQL through `pg`, on the company board's first page.
      process.env.DATABASE_URL = scratch.url;
      const { boardPageQuery } = await import("../features/board/ranking-data");
      const { db: appDb } = await import("../platform/db/prisma");
      const query = await boardPageQuery(MONTH, null, "score", { limit: 51, after: null });
      const client = new pg.Client({ connectionString: scratch.url });
      client.on("error", () => {});
      await client.connect();
      const dataLayer = await timeCalls(runs, () => appDb().$queryRaw(query));
      const rawSql = await timeCalls(runs, () => client.query(query.text, query.values as unknown[]));
      await client.end();
      await appDb().$disconnect();
      console.log(`board query: data layer p50 ${dataLayer.p50} ms, pg p50 ${rawSql.p50} ms`);

      const floor = routes.health?.p50 ?? 0;
      const result = {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "", memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
        reps,
        months,
        teams: Math.ceil(reps / REPS_PER_TEAM),
        seedSeconds,
        load: { seconds, connections, warmupSeconds: load.warmup },
        routes,
        boardQuery: { dataLayer, rawSql, runs },
        ratios: {
          teamBoardApiVsFloor: ratio(routes.teamBoardApi?.p50 ?? 0, floor),
          companyBoardApiVsFloor: ratio(routes.companyBoardApi?.p50 ?? 0, floor),
          teamBoardPageVsFloor: ratio(routes.teamBoardPage?.p50 ?? 0, floor),
          dataLayerVsRawSql: ratio(dataLayer.p50, rawSql.p50),
          writesVsFloorThroughput: ratio(routes.scoreWrites?.rps ?? 0, routes.health?.rps ?? 0),
          mixedBoardP99VsIdle: ratio(mixed.reads.p99, routes.teamBoardApi?.p99 ?? 0),
          repPageP99VsFloorP99: ratio(monthStart.kinds.repPage.p99, routes.health?.p99 ?? 0),
        },
        acknowledgedWrites: acknowledged.length,
        lostWrites,
        mixed,
        monthStart,
        timings,
        import: importTiming,
        coldStartSeconds,
        peakRssMb: memory.stop(),
      };

      console.log("");
      console.table(Object.fromEntries(Object.entries(routes).map(([name, r]) => [name, { ...r, vsFloor: ratio(r.p50, floor) }])));
      console.table(result.ratios);
      const file = path.join(import.meta.dirname, "..", "bench", "results", `${result.date.slice(0, 10)}-${reps}.json`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    } finally {
      await app.stop();
    }
  } finally {
    await db.$disconnect();
    await scratch.teardown();
  }
});
