import "server-only";
import type { Queue } from "@/platform/jobs/runtime";
import { deliverWebhook } from "./deliver";
import { WEBHOOK_QUEUE } from "./mutations";

/** The deliveries' queue: 30 s, 1 min, 2 min, … about 4 hours in all before a delivery stays failed. */
export const webhookQueue: Queue<{ id: string }> = {
  name: WEBHOOK_QUEUE,
  // The call times out well within this.
  expireInSeconds: 120,
  retryLimit: 9,
  retryDelay: 30,
  handle: async (data, job) => deliverWebhook(data.id, job),
};
