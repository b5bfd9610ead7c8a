import "server-only";
import { db } from "@/platform/db/prisma";
import { dateToMonth, firstDay, monthToDate, type Month } from "@/platform/time/month";
import { Prisma } from "@/platform/db/generated/client";
import { REQUIRED_VALUES, type RequiredValue } from "@/features/scores";
import type { StoredValues } from "./entries";
import { entry } from "./ranking-data";

type Values = Record<RequiredValue, string>;

export type MonthlyAverage = { month: Month; reps: number } & StoredValues;

// The total to one decimal, the pillars to two.
const AVERAGES = Prisma.raw(
  REQUIRED_VALUES.map((f) => `round(avg(s."${f}"), ${f === "total" ? 1 : 2})::text AS "${f}"`).join(", "),
);

/** The average SSI and pillars of the active reps of `teamId` (or the company) per month. */
export async function monthlyAverages(from: Month, to: Month, teamId: string | null): Promise<MonthlyAverage[]> {
  const rows = await db().$queryRaw<({ month: Month; reps: bigint | number } & Values)[]>`
    SELECT to_char(s.month, 'YYYY-MM') AS month, ${AVERAGES}, count(*) AS reps
    FROM "ScoreEntry" s JOIN "User" u ON u.id = s."userId"
    WHERE u.role = 'REP' AND u.active AND (${teamId}::text IS NULL OR u."teamId" = ${teamId}::text)
      AND s.month BETWEEN ${firstDay(from)}::date AND ${firstDay(to)}::date
    GROUP BY s.month ORDER BY s.month`;
  return rows.map((r) => ({ month: r.month, reps: Number(r.reps), ...(entry((f) => r[f]) as StoredValues) }));
}

export interface WallTableRow {
  userId: string;
  name: string;
  /** Shown only to those who may administer (the file re-imports by email). */
  email: string;
  team: string | null;
  totals: Partial<Record<Month, string>>;
}

/**
 * One row per active rep, their SSI per month from `from` to `to` (the sales
 * office's wall table), by name: `take` of them, after the rep `afterId`.
 */
export async function wallTable(from: Month, to: Month, teamId: string | null, page: { take: number; afterId: string | null }): Promise<WallTableRow[]> {
  const reps = await db().user.findMany({
    where: { role: "REP", active: true, ...(teamId ? { teamId } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: page.take,
    ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
    select: {
      id: true,
      name: true,
      email: true,
      team: { select: { name: true } },
      scoreEntries: {
        where: { month: { gte: monthToDate(from), lte: monthToDate(to) } },
        select: { month: true, total: true },
      },
    },
  });
  return reps.map((r) => ({
    userId: r.id,
    name: r.name,
    email: r.email,
    team: r.team?.name ?? null,
    totals: Object.fromEntries(
      r.scoreEntries.map((s) => [dateToMonth(s.month), s.total.toString()]),
    ) as Partial<Record<Month, string>>,
  }));
}
