// `npm start` run as a person runs it: its embedded database is restarted when
// it dies, SIGTERM during a burst of writes loses no acknowledged write, and
// a job still running is handed back to the queue, and a stop ends every
// process within 10 s even when the database is frozen.
import { expect, test } from "./support/test";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { thisMonth } from "../../platform/time/calendar";
import { createDb } from "../../platform/db/connect";
import { postmasterPid, startEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { createApiToken, createTeam, createUser, useTestDb } from "../factories";
import { alive, databaseProcesses, npmStart, processTree, type NpmStart } from "./support/npm-start";
import { waitFor } from "../helpers/wait-for";
import pg from "pg";
import PgBoss from "pg-boss";

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

let folder: string;
// The embedded database's port, kept for the starts after the first (the data folder is the same).
let pgPort = 0;
test.beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ssi-npm-start-"));
});
test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function health(app: NpmStart): Promise<number> {
  return fetch(`${app.base}/api/v1/health`, { signal: AbortSignal.timeout(3000) }).then(
    (response) => response.status,
    () => 0,
  );
}

/**
 * SIGTERM to the process group, as Ctrl-C or a service manager sends it, and
 * once more a moment later, as `npm start` passes its own on; how long until
 * every process is gone.
 */
async function stopAll(app: NpmStart): Promise<{ seconds: number; left: number[]; code: number | null }> {
  const pid = app.child.pid;
  if (!pid) throw new Error("npm start did not start");
  const tree = processTree(pid);
  const started = Date.now();
  process.kill(-pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 30));
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // already gone
  }
  const code = await app.exited;
  const gone = await waitFor(() => alive(tree).length === 0, { timeoutMs: 15_000, intervalMs: 50 }).catch(() => false);
  return { seconds: (Date.now() - started) / 1000, left: gone ? [] : alive(tree), code };
}

test("a killed embedded database is restarted, and the app answers again by itself", async () => {
  const app = await npmStart(folder);
  pgPort = Number(new URL(app.databaseUrl).port);
  try {
    expect(await health(app)).toBe(200);
    const postmaster = postmasterPid(path.join(folder, "postgres"));
    if (!postmaster) throw new Error("the embedded PostgreSQL is not running");
    process.kill(postmaster, "SIGKILL");
    await app.waitForOutput("database: the embedded PostgreSQL is running again", 30_000);
    expect(app.output()).toMatch(/database: the embedded PostgreSQL stopped \(.+\); restart 1 of 5 in 1 s/);
    await waitFor(async () => (await health(app)) === 200, { timeoutMs: 30_000 });
  } finally {
    await stopAll(app);
  }
});

test("SIGTERM during a burst of writes: requests in flight are answered, and every acknowledged write is stored", async () => {
  // The second start of the same folder: no demo data to load again.
  const app = await npmStart(folder, pgPort || undefined);
  const db = createDb(app.databaseUrl, { max: 2 });
  useTestDb(db);
  const month = thisMonth();
  const acknowledged = new Map<string, number>();
  const lastSent = new Map<string, number>();
  try {
    const team = await createTeam();
    const reps = await Promise.all(Array.from({ length: 40 }, () => createUser({ teamId: team.id })));
    const tokens = await Promise.all(reps.map(async (rep) => ({ rep, token: (await createApiToken(rep.id)).token })));
    const writer = async ({ rep, token }: (typeof tokens)[number]) => {
      // Each rep writes again and again until the server refuses; the last acknowledged total must be the stored one.
      for (let total = 10; total < 90; total++) {
        lastSent.set(rep.id, total);
        const response = await fetch(`${app.base}/api/v1/scores`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ month, brand: total / 4, people: total / 4, insights: total / 4, relationships: total / 4 }),
        }).catch(() => null);
        if (!response) return; // refused: the server no longer takes requests
        if (response.status === 201 || response.status === 200) acknowledged.set(rep.id, total);
        else if (response.status !== 503) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
      }
    };
    const writers = Promise.all(tokens.map(writer));
    await waitFor(() => acknowledged.size >= 20, { timeoutMs: 60_000, intervalMs: 20 });
    const stopped = stopAll(app);
    await writers;
    const { seconds, left, code } = await stopped;
    // The relayed signal is the same stop, not a second Ctrl-C that kills at once.
    expect(app.output()).not.toContain("Stopping at once");
    expect(left).toEqual([]);
    expect(seconds).toBeLessThan(10);
    expect(code).toBe(0);
  } finally {
    useTestDb(undefined);
    await db.$disconnect();
  }
  expect(acknowledged.size).toBeGreaterThan(0);
  // The database again, alone: what was acknowledged is there.
  const server = await startEmbeddedPostgres({ dataDir: path.join(folder, "postgres"), port: pgPort, persistent: true });
  const check = createDb(server.url("ssiboard"), { max: 1 });
  try {
    const stored = await check.scoreEntry.findMany({ where: { userId: { in: [...acknowledged.keys()] } }, select: { userId: true, total: true } });
    const byRep = new Map(stored.map((row) => [row.userId, Number(row.total)]));
    // The last acknowledged write, or the one after it: a write the server
    // committed as it was stopped, whose answer never reached the client.
    for (const [rep, total] of acknowledged) {
      expect(byRep.get(rep), `rep ${rep}`).toBeGreaterThanOrEqual(total);
      expect(byRep.get(rep), `rep ${rep}`).toBeLessThanOrEqual(lastSent.get(rep) ?? total);
    }
  } finally {
    await check.$disconnect();
    await server.stop();
  }
});

test("SIGTERM hands a job still running back to the queue before the app exits", async () => {
  const app = await npmStart(folder, pgPort || undefined);
  pgPort ||= Number(new URL(app.databaseUrl).port);
  const holder = new pg.Client({ connectionString: app.databaseUrl });
  holder.on("error", () => {}); // ended by the database's own stop
  await holder.connect();
  let held: string[] = [];
  try {
    // The outbox locked: the relay's next run waits on it with its job in hand
    // (ours, or one the schedule or earlier writes queued before it).
    await holder.query("BEGIN");
    await holder.query('LOCK TABLE "OutboxEvent" IN ACCESS EXCLUSIVE MODE');
    const sender = new PgBoss({ connectionString: app.databaseUrl, schema: "pgboss", supervise: false, schedule: false, migrate: false });
    await sender.start();
    await sender.send("notification-relay", {});
    await sender.stop({ graceful: false });
    const active = async () => (await holder.query<{ id: string }>("SELECT id::text FROM pgboss.job WHERE name = 'notification-relay' AND state = 'active'")).rows.map((row) => row.id);
    held = await waitFor(async () => ((await active()).length > 0 ? await active() : null), { timeoutMs: 30_000 });
    const { seconds, left, code } = await stopAll(app);
    expect(left).toEqual([]);
    expect(seconds).toBeLessThan(10);
    expect(code).toBe(0);
  } finally {
    await holder.end().catch(() => {});
  }
  const server = await startEmbeddedPostgres({ dataDir: path.join(folder, "postgres"), port: pgPort, persistent: true });
  const check = new pg.Client({ connectionString: server.url("ssiboard") });
  await check.connect();
  try {
    // Not left "active" until it expires: back in the queue, to run again at once elsewhere.
    const { rows } = await check.query<{ state: string }>("SELECT state::text FROM pgboss.job WHERE id = ANY($1::uuid[])", [held]);
    expect(rows.map((row) => row.state)).toEqual(held.map(() => "retry"));
  } finally {
    await check.end();
    await server.stop();
  }
});

test("with its database frozen, SIGTERM still ends every process within 10 s and says what it had to kill", async () => {
  const app = await npmStart(folder, pgPort || undefined);
  const frozen = databaseProcesses(folder);
  for (const pid of frozen) process.kill(pid, "SIGSTOP");
  // A request stuck on the frozen database while the stop comes.
  const stuck = fetch(`${app.base}/api/v1/health`).catch(() => null);
  await new Promise((r) => setTimeout(r, 500));
  const { seconds, left, code } = await stopAll(app);
  await stuck;
  expect(left).toEqual([]);
  expect(seconds).toBeLessThan(10);
  expect(code).toBe(0);
  expect(app.output()).toContain("database: the embedded PostgreSQL did not stop within");
  expect(alive(frozen)).toEqual([]);
});
