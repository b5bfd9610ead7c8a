import "server-only";
import type pg from "pg";
import type PgBoss from "pg-boss";
import { db } from "@/platform/db/prisma";
import { log } from "@/platform/log/logger";
import { isDatabaseUnavailable } from "@/platform/db/unavailable";
import { serverEnv } from "@/platform/config/env";
import { inTransaction, jobsPool } from "@/platform/jobs/runtime";
import { DAILY_LIMIT, nextFreeSlot } from "./kinds";
import { enqueueWebhookDrafts, planWebhooks } from "@/features/webhooks";
import { planEvent, type Draft, type OutboxEventRow } from "./plan";

export const DELIVER_QUEUE = "notification-deliver";

/** A transaction on a connection of the jobs' own pool. */
async function inPgTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await jobsPool(serverEnv().DATABASE_URL).connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Queues `drafts` in `client`'s transaction: a message whose key exists is
 * not queued again (a retry, a re-run, a second instance), and each new one
 * gets its delivery job in the same transaction. A limited message waits for
 * its recipient's next free slot of the day (kinds.ts, DAILY_LIMIT).
 */
export async function enqueueDrafts(client: pg.PoolClient, boss: PgBoss, drafts: readonly Draft[], now: Date): Promise<number> {
  let queued = 0;
  for (const draft of drafts) {
    let notBefore = now;
    if (draft.limited) {
      const recipient = draft.userId ? { column: `"userId"`, id: draft.userId, limit: DAILY_LIMIT.person } : { column: `"channelId"`, id: draft.channelId, limit: DAILY_LIMIT.channel };
      const recent = await client.query<{ notBefore: Date }>(
        `SELECT "notBefore" FROM "Notification" WHERE ${recipient.column} = $1 AND kind = $2 AND "notBefore" > $3::timestamptz - interval '1 day'`,
        [recipient.id, draft.kind, now],
      );
      notBefore = nextFreeSlot(recent.rows.map((r) => r.notBefore), recipient.limit, now);
    }
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO "Notification" (id, key, kind, medium, "userId", "channelId", locale, payload, "notBefore", "createdAt")
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6::"Locale", $7::jsonb, $8, $9)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [draft.key, draft.kind, draft.medium, draft.userId, draft.channelId, draft.locale, JSON.stringify(draft.payload), notBefore, now],
    );
    const id = inserted.rows[0]?.id;
    if (!id) continue;
    await boss.send(DELIVER_QUEUE, { id }, { startAfter: notBefore, db: inTransaction(client) });
    queued++;
  }
  return queued;
}

const BATCH = 25;

/**
 * Turns the outbox's unprocessed events into queued messages and webhook deliveries, oldest first,
 * until none is left. Events are claimed with SKIP LOCKED, so instances
 * relaying at once share them; each batch's messages, delivery jobs and
 * "processed" marks commit together. An event that cannot be planned (a bug)
 * is set aside with its error rather than block the ones after it; a
 * database out of reach or too slow sets nothing aside.
 */
export async function relayOutbox(boss: PgBoss, now: () => Date = () => new Date()): Promise<number> {
  let relayed = 0;
  for (;;) {
    const count = await inPgTransaction(async (client) => {
      const { rows } = await client.query<OutboxEventRow & { createdAt: Date }>(
        `SELECT id::text, kind, payload, "createdAt" FROM "OutboxEvent" WHERE "processedAt" IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      for (const event of rows) {
        await client.query("SAVEPOINT event");
        try {
          await enqueueDrafts(client, boss, await planEvent(event), now());
          await enqueueWebhookDrafts(client, boss, await planWebhooks(event));
          await client.query(`UPDATE "OutboxEvent" SET "processedAt" = now() WHERE id = $1::bigint`, [event.id]);
          await client.query("RELEASE SAVEPOINT event");
        } catch (error) {
          // A database that did not answer in time is no fault of the event's:
          // the whole batch fails, stays unprocessed, and the relay runs again.
          if (isDatabaseUnavailable(error)) throw error;
          await client.query("ROLLBACK TO SAVEPOINT event");
          const reason = error instanceof Error ? error.message : String(error);
          console.error(`notifications: outbox event ${event.id} (${event.kind}) set aside: ${reason}`);
          await client.query(`UPDATE "OutboxEvent" SET "processedAt" = now(), error = $2 WHERE id = $1::bigint`, [event.id, reason.slice(0, 1000)]);
        }
      }
      return rows.length;
    });
    relayed += count;
    if (count < BATCH) return relayed;
  }
}

/** Queues scheduled drafts (the reminders, the digest) in a transaction of their own. */
export async function enqueueScheduled(boss: PgBoss, drafts: readonly Draft[], now: Date): Promise<number> {
  return inPgTransaction((client) => enqueueDrafts(client, boss, drafts, now));
}

/** A delivery's outcome, on its message. */
export async function recordDelivery(id: string, outcome: { ok: true; response: string } | { ok: false; error: string; final: boolean } | { skipped: string }): Promise<void> {
  const status = "skipped" in outcome ? "skipped" : outcome.ok ? "sent" : outcome.final ? "failed" : "retrying";
  const reason = "skipped" in outcome ? outcome.skipped : outcome.ok ? undefined : outcome.error.slice(0, 300);
  log()[status === "failed" ? "warn" : "info"]({ delivery: "notification", notificationId: id, status, ...(reason ? { reason } : {}) }, "delivery");
  if ("skipped" in outcome) {
    await db().notification.update({ where: { id }, data: { status: "skipped", lastError: outcome.skipped } });
  } else if (outcome.ok) {
    await db().notification.update({ where: { id }, data: { status: "sent", sentAt: new Date(), response: outcome.response.slice(0, 500), attempts: { increment: 1 } } });
  } else {
    await db().notification.update({
      where: { id },
      data: { status: outcome.final ? "failed" : "retrying", lastError: outcome.error.slice(0, 1000), attempts: { increment: 1 } },
    });
  }
}
