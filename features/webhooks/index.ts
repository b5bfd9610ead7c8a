// What other features use of webhooks: the outbox relay plans and queues deliveries, the worker runs their queue.
export { planWebhooks, type OutboxFact } from "./plan";
export { enqueueWebhookDrafts } from "./mutations";
export { webhookQueue } from "./queue";
export { addWebhookSchema } from "./schema";
export { WEBHOOK_PAYLOADS } from "./events";
