// How a receiver knows a body came from us: HMAC-SHA256, keyed with the
// webhook's secret, over "<timestamp>.<body>". The timestamp is signed too,
// so an old body cannot be replayed as new (receivers refuse old ones).
// docs/api.md, "Outgoing webhooks", shows the check a receiver makes.
import { createHmac, randomBytes } from "node:crypto";

export const HEADERS = {
  signature: "SSI-Signature",
  event: "SSI-Event",
  delivery: "SSI-Delivery",
} as const;

/** The labels of the keys that seal a webhook's URL and secret at rest (secrets.ts). */
export const SEAL_LABELS = { url: "webhook-url", secret: "webhook-secret" } as const;

/** A new signing secret: 32 random bytes, marked so that it is recognised when pasted into a receiver. */
export const newSecret = (): string => `whsec_${randomBytes(32).toString("base64url")}`;

/** The signature header's value for `body` sent at `timestamp` (Unix seconds): "t=<timestamp>,v1=<hex digest>". */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  const digest = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${digest}`;
}
