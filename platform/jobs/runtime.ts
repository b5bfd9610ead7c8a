// Scheduled and queued work on the app's own PostgreSQL, with pg-boss (README,
// "Jobs"): its tables live in their own schema, "pgboss", which pg-boss
// creates and migrates itself when it starts; Prisma's migrations never see
// them. Each job runs once however many instances share the database (rows
// claimed with SKIP LOCKED), a job whose process died runs again once it
// expires, retries back off, and a job that keeps failing stays "failed",
// with its error, for the admin's page (features/notifications).
import PgBoss from "pg-boss";
import pg from "pg";
import { log } from "@/platform/log/logger";

export interface Queue<T extends object> {
  name: string;
  /** How long one run may take before it counts as lost and is retried. */
  expireInSeconds: number;
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss's backoff). */
  retryDelay: number;
  /** Run on this cron schedule (in UTC: the handler reads the company's calendar itself). */
  cron?: string;
  handle: (data: T, job: PgBoss.JobWithMetadata<T>) => Promise<void>;
}

export type AnyQueue = Queue<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SCHEMA = "pgboss";
const globalForJobs = globalThis as unknown as { ssiBoardJobs?: Promise<PgBoss>; ssiBoardJobsPool?: pg.Pool };

/**
 * The jobs' own connections for their transactions (the outbox relay): never
 * the app's pool, whose connections are the requests' (a relay holding one
 * while eight imports wait for the import lock left the health check none).
 */
export function jobsPool(connectionString: string): pg.Pool {
  if (!globalForJobs.ssiBoardJobsPool) {
    const pool = new pg.Pool({ connectionString, max: 2, application_name: "ssi-board-jobs-tx", connectionTimeoutMillis: 5000, options: "-c TimeZone=UTC" });
    pool.on("error", (error) => console.error(`jobs: idle connection lost: ${error.message}`));
    globalForJobs.ssiBoardJobsPool = pool;
  }
  return globalForJobs.ssiBoardJobsPool;
}

/**
 * Starts pg-boss on `connectionString`: creates the queues and, when
 * `work` is true, runs their handlers and schedules in this process.
 * Started once per process (Next.js may evaluate this module more than once).
 */
export function startJobs(connectionString: string, queues: readonly AnyQueue[], { work }: { work: boolean }): Promise<PgBoss> {
  globalForJobs.ssiBoardJobs ??= (async () => {
    const boss = new PgBoss({
      connectionString,
      schema: SCHEMA,
      application_name: "ssi-board-jobs",
      max: 4,
      // Only workers keep the queues tidy (expire lost jobs, run the schedules).
      supervise: work,
      schedule: work,
      // Lost jobs are found within half a minute.
      maintenanceIntervalSeconds: 30,
      deleteAfterDays: 30,
    });
    boss.on("error", (error) => console.error(`jobs: ${error.message}`));
    await settling(() => boss.start());
    for (const queue of queues) {
      const options = { name: queue.name, retryLimit: queue.retryLimit, retryDelay: queue.retryDelay, retryBackoff: true, expireInSeconds: queue.expireInSeconds };
      await settling(() => boss.createQueue(queue.name, { ...options, retentionMinutes: 60 * 24 * 7 }));
      // A queue made by an older release takes this release's retries and expiry.
      await boss.updateQueue(queue.name, options);
      if (!work) continue;
      if (queue.cron) await boss.schedule(queue.name, queue.cron, {}, { tz: "UTC" });
      await boss.work<object>(queue.name, { pollingIntervalSeconds: 2, batchSize: 1, includeMetadata: true }, async ([job]) => {
        if (job) await runLogged(queue, job);
      });
    }
    return boss;
  })();
  // A failed start may be tried again (the next call starts afresh).
  globalForJobs.ssiBoardJobs.catch(() => (globalForJobs.ssiBoardJobs = undefined));
  return globalForJobs.ssiBoardJobs;
}

/** Runs one job, with one log line for it: the queue, the job, its attempt, how long, and the error when it failed (then rethrown, for pg-boss's retries). */
async function runLogged(queue: AnyQueue, job: PgBoss.JobWithMetadata<object>): Promise<void> {
  const started = performance.now();
  const line = () => ({ queue: queue.name, jobId: job.id, attempt: job.retryCount + 1, durationMs: Math.round((performance.now() - started) * 1000) / 1000 });
  try {
    await queue.handle(job.data, job);
    log().info(line(), "job");
  } catch (error) {
    log().warn({ ...line(), error: error instanceof Error ? error.message : String(error), willRetry: job.retryCount < job.retryLimit }, "job failed");
    throw error;
  }
}

/** SQLSTATEs of two instances setting up the same tables at once: the loser tries again. */
const RACES = new Set(["40P01", "23505", "42P07", "40001"]);

/**
 * Runs `setUp`, again after a short random pause when it lost a race with
 * another instance starting at the same moment (pg-boss creating its schema
 * or a queue's table: a deadlock or a duplicate), up to five times.
 */
async function settling<T>(setUp: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await setUp();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= 5 || typeof code !== "string" || !RACES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400 * attempt));
    }
  }
}

/** The running pg-boss (to send a job or read the queues); throws before startJobs. */
export async function jobs(): Promise<PgBoss> {
  if (!globalForJobs.ssiBoardJobs) throw new Error("jobs are not started");
  return globalForJobs.ssiBoardJobs;
}

/** Stops this process's workers: jobs in hand are released to run again elsewhere. */
export async function stopJobs(timeoutMs = 5000): Promise<void> {
  const started = globalForJobs.ssiBoardJobs;
  const pool = globalForJobs.ssiBoardJobsPool;
  globalForJobs.ssiBoardJobs = undefined;
  globalForJobs.ssiBoardJobsPool = undefined;
  if (started) await (await started).stop({ graceful: true, timeout: timeoutMs, wait: true });
  await pool?.end().catch(() => {});
}

/** pg-boss writing through `client`: a job sent with it is part of that client's transaction. */
export function inTransaction(client: pg.PoolClient): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) };
}
