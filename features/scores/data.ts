import "server-only";
import { db } from "@/platform/db/prisma";
import { addMonths, dateToMonth, firstDay, monthToDate, type Month } from "@/platform/time/month";
import { Prisma } from "@/platform/db/generated/client";
import { teamMembersSql, teamOfMonthSql } from "@/features/people";
import { SCORE_VALUE_COLUMNS, scoreValuesOf, type ScoreValues, type ScoreView } from "./score";

const scoreColumns = {
  source: true,
  updatedAt: true,
  enteredBy: { select: { id: true, name: true } },
  month: true,
  ...SCORE_VALUE_COLUMNS,
} as const;

type ScoreRow = Prisma.ScoreEntryGetPayload<{ select: typeof scoreColumns }>;

/** A stored entry: its values, who entered it, how and when. */
export interface ScoreRecord extends ScoreView {
  source: ScoreRow["source"];
  enteredBy: { id: string; name: string } | null;
  updatedAt: string;
}

function toView(row: ScoreRow): ScoreRecord {
  return {
    source: row.source,
    enteredBy: row.enteredBy,
    updatedAt: row.updatedAt.toISOString(),
    month: dateToMonth(row.month),
    ...scoreValuesOf(row),
  };
}

/** A rep's monthly scores over the `count` months that end with `lastMonth`, newest first. */
export async function scoreHistory(userId: string, lastMonth: Month, count = 12): Promise<ScoreRecord[]> {
  const rows = await db().scoreEntry.findMany({
    where: {
      userId,
      month: { gte: monthToDate(addMonths(lastMonth, 1 - count)), lte: monthToDate(lastMonth) },
    },
    orderBy: { month: "desc" },
    select: scoreColumns,
  });
  return rows.map(toView);
}

/** A user's entries from `from` to `to` (both included), oldest first. */
export async function scoresBetween(userId: string, from: Month, to: Month): Promise<ScoreRecord[]> {
  const rows = await db().scoreEntry.findMany({
    where: { userId, month: { gte: monthToDate(from), lte: monthToDate(to) } },
    orderBy: { month: "asc" },
    select: scoreColumns,
  });
  return rows.map(toView);
}

/** One user's entry for one month, or null. */
export async function findScore(userId: string, month: Month): Promise<ScoreRecord | null> {
  const row = await db().scoreEntry.findUnique({
    where: { userId_month: { userId, month: monthToDate(month) } },
    select: scoreColumns,
  });
  return row ? toView(row) : null;
}

/** Whether an admin has closed `month`. */
export async function isMonthClosed(month: Month): Promise<boolean> {
  return (await db().closedMonth.count({ where: { month: monthToDate(month) } })) > 0;
}

/**
 * The rep's rank in `month` among the active reps who logged it in the team
 * they sat in that month (the team's board of that month: features/people,
 * teamMembersSql), and how many there are; null without a team that month or
 * an entry.
 */
export async function rankInTeam(userId: string, month: Month): Promise<{ rank: number; of: number } | null> {
  const [placed] = await db().$queryRaw<{ teamId: string | null }[]>`SELECT ${teamOfMonthSql(Prisma.sql`${userId}`, month)} AS "teamId"`;
  if (!placed?.teamId) return null;
  // Ranked as the board ranks (features/board/ranking-data.ts): one more than those with a greater SSI.
  const [mine] = await db().$queryRaw<{ rank: number; of: number }[]>`
    SELECT rank, of FROM (
      SELECT u.id, rank() OVER (ORDER BY s.total DESC)::integer AS rank, (count(*) OVER ())::integer AS of
      FROM "ScoreEntry" s JOIN "User" u ON u.id = s."userId"
      WHERE s.month = ${firstDay(month)}::date AND u.role = 'REP' AND u.active
        AND u.id IN (${teamMembersSql(placed.teamId, month)})
    ) team WHERE id = ${userId}`;
  return mine ? { rank: mine.rank, of: mine.of } : null;
}

export interface AuditRecord {
  id: string;
  month: Month;
  action: "CREATE" | "UPDATE";
  source: ScoreRecord["source"];
  actorName: string | null;
  at: string;
  oldValues: ScoreValues | null;
  newValues: ScoreValues;
  /** Why an admin changed it (required for a closed month). */
  reason: string | null;
}

/** The audit trail of a user's scores, newest first. */
export async function auditTrail(userId: string, limit = 50): Promise<AuditRecord[]> {
  const rows = await db().scoreAudit.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      month: true,
      action: true,
      source: true,
      createdAt: true,
      oldValues: true,
      newValues: true,
      reason: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    month: dateToMonth(r.month),
    action: r.action,
    source: r.source,
    actorName: r.actor?.name ?? null,
    at: r.createdAt.toISOString(),
    // Written by saveScore from pickScoreValues / scoreValuesOf (JSON columns).
    oldValues: (r.oldValues as ScoreValues | null) ?? null,
    newValues: r.newValues as ScoreValues,
    reason: r.reason,
  }));
}
