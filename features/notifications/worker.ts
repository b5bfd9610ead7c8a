import "server-only";
// The notification jobs, started inside the app's process (instrumentation.ts)
// or alone (`npm run worker`). Four queues: the relay turns outbox events into
// messages and webhook deliveries, the tick queues the scheduled messages,
// and the two delivery queues send them.
import pg from "pg";
import type PgBoss from "pg-boss";
import { webhookQueue } from "@/features/webhooks";
import { securityPruneQueue } from "@/features/identity";
import { cleanUpBeforeExit } from "@/platform/process/clean-exit";
import { jobs, startJobs, stopJobs, type AnyQueue, type Queue } from "@/platform/jobs/runtime";
import { deliver } from "./deliver";
import { DELIVER_QUEUE, relayOutbox } from "./mutations";
import { tick, TICK_QUEUE } from "./tick";

export const RELAY_QUEUE = "notification-relay";

const relayQueue: Queue<object> = {
  name: RELAY_QUEUE,
  // Every minute as well as on each commit's wake-up: a wake-up missed while no worker listened only delays.
  cron: "* * * * *",
  expireInSeconds: 120,
  retryLimit: 3,
  retryDelay: 10,
  handle: async () => {
    await relayOutbox(await jobs());
  },
};

const tickQueue: Queue<{ at?: string }> = {
  name: TICK_QUEUE,
  cron: "*/10 * * * *",
  expireInSeconds: 300,
  retryLimit: 3,
  retryDelay: 30,
  handle: async (data) => {
    await tick(await jobs(), data.at ? new Date(data.at) : new Date());
  },
};

const deliverQueue: Queue<{ id: string }> = {
  name: DELIVER_QUEUE,
  // SMTP and webhook calls time out well within this.
  expireInSeconds: 120,
  // 30 s, 1 min, 2 min, … about 4 hours in all before the message stays failed.
  retryLimit: 9,
  retryDelay: 30,
  handle: async (data, job) => deliver(data.id, job),
};

// The webhooks' deliveries come from the same outbox relay, so they run with
// it; the sign-in records' housekeeping shares the worker.
export const NOTIFICATION_QUEUES: readonly AnyQueue[] = [relayQueue, tickQueue, deliverQueue, webhookQueue, securityPruneQueue];

let listener: pg.Client | undefined;

/** Relays at once when a transaction commits an outbox event (migration notifications: pg_notify). */
async function listenForOutbox(connectionString: string, boss: PgBoss): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "ssi-board-outbox" });
  client.on("error", (error) => {
    // The every-minute relay goes on; the next start listens again.
    console.error(`notifications: outbox listener lost: ${error.message}`);
  });
  await client.connect();
  let pending: Promise<unknown> | null = null;
  client.on("notification", () => {
    // One relay at a time per process; a wake-up during it runs one more.
    pending ??= boss.send(RELAY_QUEUE, {}, { singletonKey: "wake", singletonSeconds: 1 }).finally(() => (pending = null));
  });
  await client.query("LISTEN ssi_outbox");
  listener = client;
}

/** Starts the notification jobs: `work` false only sends (SSI_JOBS=off: another process works). */
export async function startNotifications(connectionString: string, { work }: { work: boolean }): Promise<PgBoss> {
  const boss = await startJobs(connectionString, NOTIFICATION_QUEUES, { work });
  if (work && !listener) await listenForOutbox(connectionString, boss);
  return boss;
}

/** Stops listening and working: jobs still running after `timeoutMs` are handed back to run again. */
export async function stopNotifications(timeoutMs?: number): Promise<void> {
  const client = listener;
  listener = undefined;
  await client?.end().catch(() => {});
  await stopJobs(timeoutMs);
}

/** The app process's jobs, as the configuration says (SSI_JOBS=off: send only). A failure to start is said, not fatal: the app serves on. */
export async function startAppNotifications(): Promise<void> {
  const { serverEnv } = await import("@/platform/config/env");
  const env = serverEnv();
  try {
    await startNotifications(env.DATABASE_URL, { work: env.SSI_JOBS === "on" });
    // On SIGTERM, the jobs in hand go back to the queue before Next.js exits.
    // (Within the 4 s clean-exit grace: pg-boss waits 2.5 s for them to finish.)
    cleanUpBeforeExit(() => stopNotifications(2500));
  } catch (error) {
    console.error(`notifications: the jobs did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
