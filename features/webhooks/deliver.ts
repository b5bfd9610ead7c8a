import "server-only";
// Sends one delivery: the stored body, signed at the moment it is sent.
import type PgBoss from "pg-boss";
import { postJson, RefusedAddress, type Answer } from "@/platform/outbound/post";
import { findDelivery } from "./data";
import { recordAttempt } from "./mutations";
import { openWebhook } from "./secrets";
import { HEADERS, signatureHeader } from "./sign";

/** A receiver that does not answer in this time fails the attempt (it is retried). */
const POST_TIMEOUT_MS = 10_000;

export interface Target {
  url: string;
  secret: string;
  allowPrivateNetwork: boolean;
}

/** POSTs `body` to the webhook, signed, and says what it answered (any status). */
export function sendSigned(target: Target, event: string, deliveryId: string, body: string, now = new Date()): Promise<Answer> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return postJson(
    target.url,
    body,
    {
      "user-agent": "SSI-Board-Webhooks/1",
      [HEADERS.signature]: signatureHeader(target.secret, timestamp, body),
      [HEADERS.event]: event,
      [HEADERS.delivery]: deliveryId,
    },
    { allowPrivateNetwork: target.allowPrivateNetwork, timeoutMs: POST_TIMEOUT_MS },
  );
}

/** "201 ok" or "refused: …", as the delivery log and the test button show an answer. */
export const describeAnswer = (answer: Answer): string => `${answer.status} ${answer.text.replace(/\s+/g, " ").slice(0, 200)}`.trim();

/**
 * The delivery job: sends once; a 2xx answer is success. Any other answer or
 * none is recorded and thrown, so pg-boss retries with backoff; the last
 * retry's failure stays, with its reason, in the log. An address the webhook
 * may not reach is not retried: only the admin can change that.
 */
export async function deliverWebhook(id: string, job: Pick<PgBoss.JobWithMetadata, "retryCount" | "retryLimit">): Promise<void> {
  const delivery = await findDelivery(id);
  if (!delivery || delivery.status === "sent") return;
  const opened = openWebhook(delivery.webhook);
  if (!opened) return recordAttempt(id, { ok: false, status: null, error: "the webhook's address cannot be opened (was NEXTAUTH_SECRET changed?)", final: true });
  const final = job.retryCount >= job.retryLimit;
  let answer: Answer;
  try {
    answer = await sendSigned({ ...opened, allowPrivateNetwork: delivery.webhook.allowPrivateNetwork }, delivery.event, delivery.id, delivery.body);
  } catch (error) {
    if (error instanceof RefusedAddress) return recordAttempt(id, { ok: false, status: null, error: error.message, final: true });
    const reason = error instanceof Error ? error.message : String(error);
    await recordAttempt(id, { ok: false, status: null, error: `no answer: ${reason}`, final });
    throw error;
  }
  if (answer.status >= 200 && answer.status < 300) return recordAttempt(id, { ok: true, status: answer.status });
  const reason = `the receiver answered ${describeAnswer(answer)}`;
  await recordAttempt(id, { ok: false, status: answer.status, error: reason, final });
  throw new Error(reason);
}
