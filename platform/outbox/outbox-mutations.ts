// The outbox (features/notifications): an event written by the transaction of
// the change that caused it. Score entries, closed months and new challenges
// write theirs by trigger (migration notifications); the rest call this.
import type { Prisma } from "@/platform/db/generated/client";
import { appKey, seal, unseal } from "@/platform/security/seal";

export type OutboxKind = "score.logged" | "month.closed" | "challenge.created" | "account.link";

/** Records `kind` with `payload` in `tx`: it exists exactly when the change is committed. */
export async function recordOutboxEvent(tx: Prisma.TransactionClient, kind: OutboxKind, payload: Prisma.InputJsonObject): Promise<void> {
  await tx.outboxEvent.create({ data: { kind, payload } });
}

// A password link's secret is shown once and stored only hashed; the message
// that carries it keeps it sealed until it is sent.
const LINK_KEY = "outbox-account-link";

export const sealLink = (path: string): string => seal(appKey(LINK_KEY), path);
export const unsealLink = (sealed: string): string | null => unseal(appKey(LINK_KEY), sealed);
