import "server-only";
import { Prisma } from "@/platform/db/generated/client";
import type { ScoreSource } from "@/platform/db/generated/enums";
import { preparedQuery } from "@/platform/db/prepared";
import type { ScoreRecord } from "./data";
import type { ScoreInput } from "./schema";
import { pickScoreValues, type StoredScoreValues } from "./score";
import { MonthClosed } from "@/platform/errors/domain-errors";
import { firstDay } from "@/platform/time/month";

export type { ScoreSource };

interface SavedRow {
  id: string;
  created: boolean;
  updatedAt: Date;
  values: StoredScoreValues;
  actorName: string | null;
}

/** The SQLSTATEs "saveScore" raises (migration save_score). */
const MONTH_CLOSED = "SS001";
const REASON_REQUIRED = "SS002";

/**
 * Creates or replaces `userId`'s entry for the input's month and records the
 * change in the audit trail, in one transaction. Concurrent saves for the same
 * user and month end as one row (the last one wins), each in the trail.
 *
 * One statement, the database function "saveScore" (see its migration): the
 * write, the closed-month check after it and the audit row in one round trip.
 * Through Prisma's interactive transaction it took six (BEGIN, insert, check,
 * audit, COMMIT, then a read-back), and the API's score writes ran at 0.16×
 * the trivial route's throughput (README, Performance).
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
}): Promise<{ created: boolean; id: string; record: ScoreRecord }> {
  const { userId, actorId, input, source } = options;
  let row: SavedRow | undefined;
  try {
    [row] = await preparedQuery<SavedRow>(Prisma.sql`
      SELECT * FROM "saveScore"(${userId}, ${firstDay(input.month)}::date, ${actorId},
        ${source}::"ScoreSource", ${JSON.stringify(pickScoreValues(input))}::jsonb,
        ${options.reason ?? null}::text, ${options.mayCorrectClosed ?? false})`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === MONTH_CLOSED) throw new MonthClosed();
    if (code === REASON_REQUIRED) throw new MonthClosed({ reason: { code: "reason-required" } });
    throw error;
  }
  if (!row) throw new Error("saveScore returned no row");
  const record: ScoreRecord = {
    source,
    enteredBy: row.actorName === null ? null : { id: actorId, name: row.actorName },
    updatedAt: row.updatedAt.toISOString(),
    month: input.month,
    ...row.values,
  };
  return { created: row.created, id: row.id, record };
}
