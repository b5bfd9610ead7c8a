import "server-only";
import { ApiError } from "../api/errors";
import { db } from "../db/prisma";
import type { Prisma } from "../db/generated/client";
import type { ScoreSource } from "../db/generated/enums";
import { monthToDate } from "../month";
import { MonthClosedError } from "./errors";
import type { ScoreInput } from "./schema";
import { pickScoreValues, scoreValuesOf } from "./score";

export type { ScoreSource };

/**
 * Creates or replaces `userId`'s entry for the input's month and records the
 * change in the audit trail, in one transaction. Concurrent saves for the same
 * user and month end as one row (the last one wins), each in the trail.
 */
export async function saveScore(options: {
  userId: string;
  actorId: string;
  input: ScoreInput;
  source: ScoreSource;
  /** Why the entry changes; required to correct a closed month. */
  reason?: string | null;
  /** Whether the actor may correct a closed month (admins). */
  mayCorrectClosed?: boolean;
}): Promise<{ created: boolean; id: string }> {
  const { userId, actorId, input, source } = options;
  const reason = options.reason ?? null;
  const month = monthToDate(input.month);
  const values = pickScoreValues(input);
  const data = { ...values, enteredById: actorId, source };

  // Checked after the write, which holds the lock closeMonth waits for: a
  // month closed while this save was in flight is then seen here.
  const refuseIfClosed = async (tx: Prisma.TransactionClient) => {
    if (!(await tx.closedMonth.findUnique({ where: { month }, select: { month: true } }))) return;
    if (!options.mayCorrectClosed) throw new MonthClosedError(input.month);
    if (!reason) throw new ApiError("month-closed", { reason: { code: "reason-required" } });
  };

  return db().$transaction(
    async (tx) => {
      // INSERT … ON CONFLICT DO NOTHING: a concurrent insert makes this one
      // wait, then find the row and update it below.
      const [created] = await tx.scoreEntry.createManyAndReturn({
        data: { userId, month, ...data },
        skipDuplicates: true,
        select: { id: true },
      });
      if (created) {
        await refuseIfClosed(tx);
        await tx.scoreAudit.create({
          data: { userId, month, actorId, action: "CREATE", source, newValues: values, reason },
        });
        return { created: true, id: created.id };
      }
      const [locked] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "ScoreEntry" WHERE "userId" = ${userId} AND "month" = ${month} FOR UPDATE`;
      if (!locked) throw new Error("score entry vanished during save");
      const before = await tx.scoreEntry.findUniqueOrThrow({ where: { id: locked.id } });
      await tx.scoreEntry.update({ where: { id: locked.id }, data });
      await refuseIfClosed(tx);
      await tx.scoreAudit.create({
        data: {
          userId,
          month,
          actorId,
          action: "UPDATE",
          source,
          newValues: values,
          oldValues: scoreValuesOf(before),
          reason,
        },
      });
      return { created: false, id: locked.id };
    },
    // Many saves may queue for a connection at once (the API takes bursts).
    { maxWait: 15_000, timeout: 15_000 },
  );
}
