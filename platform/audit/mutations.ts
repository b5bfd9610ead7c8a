import "server-only";
import type { Prisma } from "@/platform/db/generated/client";
import { monthToDate, type Month } from "@/platform/time/month";
import type { AuditKind } from "./kinds";

/** One line of the audit log, written in the transaction of the change it records. */
export async function recordEvent(
  tx: Prisma.TransactionClient,
  event: { kind: Exclude<AuditKind, "score.create" | "score.update">; actorId: string | null; month?: Month; reason?: string | null; details?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      kind: event.kind,
      actorId: event.actorId,
      month: event.month ? monthToDate(event.month) : null,
      reason: event.reason ?? null,
      ...(event.details === undefined ? {} : { details: event.details }),
    },
  });
}
