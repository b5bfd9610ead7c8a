import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { idField } from "@/platform/forms/fields";
import { NotFound } from "@/platform/errors/domain-errors";
import { findWebhook, latestDeliveries, listWebhooks } from "./data";

const deliveryView = (d: Awaited<ReturnType<typeof latestDeliveries>>[number]) => ({
  id: d.id,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  lastStatus: d.lastStatus,
  lastError: d.lastError,
  createdAt: d.createdAt.toISOString(),
  attemptedAt: d.attemptedAt?.toISOString() ?? null,
  sentAt: d.sentAt?.toISOString() ?? null,
});

/** The webhooks (never their URL or secret) and the latest deliveries: of one webhook, or of all of them. */
export const adminWebhooksQuery = defineQuery({
  input: z.object({ webhook: z.string().max(64).optional() }),
  permission: () => ADMINISTER,
  read: async ({ webhook }) => {
    const hooks = await listWebhooks();
    const shown = hooks.find((h) => h.id === webhook)?.id ?? null;
    const log = await latestDeliveries(shown, 50);
    return {
      shown,
      webhooks: hooks.map((h) => ({ id: h.id, name: h.name, urlHint: h.urlHint, events: h.events, allowPrivateNetwork: h.allowPrivateNetwork, createdAt: h.createdAt.toISOString() })),
      log: log.map((d) => ({ ...deliveryView(d), webhookName: d.webhook.name })),
    };
  },
});

/** One webhook's delivery log, newest first. */
export const webhookDeliveriesQuery = defineQuery({
  input: z.object({ webhookId: idField }),
  permission: () => ADMINISTER,
  read: async ({ webhookId }) => {
    if (!(await findWebhook(webhookId))) throw new NotFound();
    return { deliveries: (await latestDeliveries(webhookId, 100)).map(deliveryView) };
  },
});

export type AdminWebhooks = Awaited<ReturnType<typeof adminWebhooksQuery.read>>;
