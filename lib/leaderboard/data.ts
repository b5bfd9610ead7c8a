import "server-only";
import { db } from "../db/prisma";
import { addMonths, dateToMonth, monthToDate, type Month } from "../month";
import { Prisma } from "../db/generated/client";
import { normaliseDecimal } from "../ssi/decimal";
import { byField, PILLARS, REQUIRED_VALUES, type Pillar, type RequiredValue } from "../ssi/score";
import type { BoardRow } from "./board";

/** How far back the streak looks. */
export const STREAK_MONTHS = 12;

type Values = Record<RequiredValue, string>;
type StoredValues = { total: string } & Record<Pillar, string | null>;
type Previous<F extends string> = `prev_${F}`;

type RawRow = {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  months: string[] | null;
  totals: string[] | null;
} & Record<RequiredValue | Previous<RequiredValue>, string | null>;

const day = (month: Month) => `${month}-01`;

// The total and pillar columns, the field list written once (lib/ssi/score.ts).
const column = (f: string) => Prisma.raw(`"${f}"`);
const columns = (make: (f: RequiredValue) => Prisma.Sql) => Prisma.join(REQUIRED_VALUES.map(make));

/**
 * Every active rep of `teamId` in `month` (or of the company when null) with their
 * entry for `month`, the previous calendar month's entry and their recent
 * totals: one query, whatever the number of reps.
 */
export async function boardRows(month: Month, teamId: string | null): Promise<BoardRow[]> {
  const previousMonth = day(addMonths(month, -1));
  const rows = await db().$queryRaw<RawRow[]>`
    WITH placed AS (
      -- The team of the month: the latest membership from it or before; a
      -- person with no membership recorded is in their current team throughout.
      SELECT u.id, u.name,
        CASE WHEN EXISTS (SELECT 1 FROM "TeamMembership" m WHERE m."userId" = u.id)
          THEN (SELECT m."teamId" FROM "TeamMembership" m
                WHERE m."userId" = u.id AND m."fromMonth" <= ${day(month)}::date
                ORDER BY m."fromMonth" DESC LIMIT 1)
          ELSE u."teamId" END AS "teamId"
      FROM "User" u
      WHERE u.role = 'REP' AND u.active
    ),
    reps AS (
      SELECT p.id, p.name, p."teamId", t.name AS "teamName"
      FROM placed p LEFT JOIN "Team" t ON t.id = p."teamId"
      WHERE ${teamId}::text IS NULL OR p."teamId" = ${teamId}::text
    ),
    hist AS (
      SELECT s."userId", s.month, ${columns((f) => Prisma.sql`s.${column(f)}`)},
        LAG(s.month) OVER w AS prev_month,
        ${columns((f) => Prisma.sql`LAG(s.${column(f)}) OVER w AS ${column(`prev_${f}`)}`)}
      FROM "ScoreEntry" s JOIN reps r ON r.id = s."userId"
      WHERE s.month BETWEEN ${day(addMonths(month, -STREAK_MONTHS))}::date AND ${day(month)}::date
      WINDOW w AS (PARTITION BY s."userId" ORDER BY s.month)
    ),
    recent AS (
      SELECT "userId",
        array_agg(to_char(month, 'YYYY-MM') ORDER BY month) AS months,
        array_agg(total::text ORDER BY month) AS totals
      FROM hist GROUP BY "userId"
    )
    SELECT r.id AS "userId", r.name, r."teamId", r."teamName",
      ${columns((f) => Prisma.sql`h.${column(f)}::text AS ${column(f)}`)},
      -- LAG gives the previous entry; only the previous calendar month counts.
      ${columns((f) => Prisma.sql`CASE WHEN h.prev_month = ${previousMonth}::date THEN h.${column(`prev_${f}`)}::text END AS ${column(`prev_${f}`)}`)},
      rc.months, rc.totals
    FROM reps r
    LEFT JOIN hist h ON h."userId" = r.id AND h.month = ${day(month)}::date
    LEFT JOIN recent rc ON rc."userId" = r.id`;
  return rows.map(toBoardRow);
}

// Decimals come back as text with the column's trailing zeros ("50.000").
// No total: no entry; no pillars: a totals-only entry.
function entry(value: (f: RequiredValue) => string | null): StoredValues | null {
  const total = value("total");
  if (total === null) return null;
  return { total: normaliseDecimal(total), ...byField(PILLARS, (p) => nullableDecimal(value(p))) };
}

const nullableDecimal = (v: string | null) => (v === null ? null : normaliseDecimal(v));

function toBoardRow(r: RawRow): BoardRow {
  const months = r.months ?? [];
  const totals = r.totals ?? [];
  return {
    userId: r.userId,
    name: r.name,
    team: r.teamId && r.teamName ? { id: r.teamId, name: r.teamName } : null,
    current: entry((f) => r[f]),
    previous: entry((f) => r[`prev_${f}`]),
    recent: months.map((m, index) => ({ month: m as Month, total: normaliseDecimal(totals[index] ?? "0") })),
  };
}

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
      AND s.month BETWEEN ${day(from)}::date AND ${day(to)}::date
    GROUP BY s.month ORDER BY s.month`;
  return rows.map((r) => ({ month: r.month, reps: Number(r.reps), ...(entry((f) => r[f]) as StoredValues) }));
}

export interface WallTableRow {
  userId: string;
  name: string;
  team: string | null;
  totals: Partial<Record<Month, string>>;
}

/** One row per active rep, their SSI per month from `from` to `to` (the sales office's wall table). */
export async function wallTable(from: Month, to: Month, teamId: string | null): Promise<WallTableRow[]> {
  const reps = await db().user.findMany({
    where: { role: "REP", active: true, ...(teamId ? { teamId } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
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
    team: r.team?.name ?? null,
    totals: Object.fromEntries(
      r.scoreEntries.map((s) => [dateToMonth(s.month), s.total.toString()]),
    ) as Partial<Record<Month, string>>,
  }));
}
