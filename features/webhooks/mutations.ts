import "server-only";
import type pg from "pg";
import type PgBoss from "pg-boss";
import { db } from "@/platform/db/prisma";
import { recordEvent } from "@/platform/audit/mutations";
import { log } from "@/platform/log/logger";
import { inTransaction } from "@/platform/jobs/runtime";
import type { WebhookEvent } from "./events";
import type { WebhookDraft } from "./plan";
import { sealWebhook } from "./secrets";
import { newSecret } from "./sign";

export const WEBHOOK_QUEUE = "webhook-deliver";

export interface NewWebhook {
  name: string;
  url: string;
  events: WebhookEvent[];
  allowPrivateNetwork: boolean;
}

/** Adds a webhook; its URL and its new signing secret are sealed. The secret is returned this once, for the admin to copy. */
export async function addWebhook(actorId: string, input: NewWebhook): Promise<{ id: string; secret: string }> {
  const secret = newSecret();
  return db().$transaction(async (tx) => {
    const hook = await tx.webhook.create({
      data: { name: input.name, events: input.events, allowPrivateNetwork: input.allowPrivateNetwork, createdById: actorId, ...sealWebhook(input.url, secret) },
      select: { id: true, urlHint: true },
    });
    await recordEvent(tx, { kind: "webhook.add", actorId, details: { id: hook.id, name: input.name, url: hook.urlHint, events: input.events, allowPrivateNetwork: input.allowPrivateNetwork } });
    return { id: hook.id, secret };
  });
}

/** Removes a webhook and its delivery log; false when there is none. Its queued deliveries find nothing and stop. */
export async function removeWebhook(actorId: string, webhookId: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const removed = await tx.webhook.deleteMany({ where: { id: webhookId } });
    if (removed.count === 0) return false;
    await recordEvent(tx, { kind: "webhook.remove", actorId, details: { id: webhookId } });
    return true;
  });
}

/**
 * Queues `drafts` in `client`'s transaction (the outbox relay's): a delivery
 * whose key exists is not made again, and each new one gets its job in the
 * same transaction.
 */
export async function enqueueWebhookDrafts(client: pg.PoolClient, boss: PgBoss, drafts: readonly WebhookDraft[]): Promise<number> {
  let queued = 0;
  for (const draft of drafts) {
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO "WebhookDelivery" (id, key, "webhookId", event, body, "createdAt")
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4, now())
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [draft.key, draft.webhookId, draft.event, draft.body],
    );
    const id = inserted.rows[0]?.id;
    if (!id) continue;
    await boss.send(WEBHOOK_QUEUE, { id }, { db: inTransaction(client) });
    queued++;
  }
  return queued;
}

export type Attempt = { ok: true; status: number } | { ok: false; status: number | null; error: string; final: boolean };

/** An attempt's outcome, on its delivery. */
export async function recordAttempt(id: string, attempt: Attempt): Promise<void> {
  const at = new Date();
  const status = attempt.ok ? "sent" : attempt.final ? "failed" : "retrying";
  log()[status === "failed" ? "warn" : "info"]({ delivery: "webhook", deliveryId: id, status, answer: attempt.status, ...(attempt.ok ? {} : { reason: attempt.error.slice(0, 300) }) }, "delivery");
  await db().webhookDelivery.updateMany({
    where: { id },
    data: attempt.ok
      ? { status: "sent", lastStatus: attempt.status, lastError: null, attempts: { increment: 1 }, attemptedAt: at, sentAt: at }
      : { status: attempt.final ? "failed" : "retrying", lastStatus: attempt.status, lastError: attempt.error.slice(0, 1000), attempts: { increment: 1 }, attemptedAt: at },
  });
}
