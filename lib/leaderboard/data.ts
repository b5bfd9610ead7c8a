import "server-only";
import { db } from "../db/prisma";
import { addMonths, dateToMonth, monthToDate, type Month } from "../month";
import { normaliseDecimal } from "../ssi/decimal";
import type { BoardRow } from "./board";

/** How far back the streak looks. */
export const STREAK_MONTHS = 12;

interface RawRow {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  total: string | null;
  brand: string | null;
  people: string | null;
  insights: string | null;
  relationships: string | null;
  prevTotal: string | null;
  prevBrand: string | null;
  prevPeople: string | null;
  prevInsights: string | null;
  prevRelationships: string | null;
  months: string[] | null;
  totals: string[] | null;
}

const day = (month: Month) => `${month}-01`;

/**
 * Every active rep of `teamId` (or of the company when null) with their
 * entry for `month`, the previous calendar month's entry and their recent
 * totals: one query, whatever the number of reps.
 */
export async function boardRows(month: Month, teamId: string | null): Promise<BoardRow[]> {
  const rows = await db().$queryRaw<RawRow[]>`
    WITH reps AS (
      SELECT u.id, u.name, u."teamId", t.name AS "teamName"
      FROM "User" u LEFT JOIN "Team" t ON t.id = u."teamId"
      WHERE u.role = 'REP' AND u.active AND (${teamId}::text IS NULL OR u."teamId" = ${teamId}::text)
    ),
    hist AS (
      SELECT s."userId", s.month, s.total, s.brand, s.people, s.insights, s.relationships,
        LAG(s.month) OVER w AS prev_month,
        LAG(s.total) OVER w AS prev_total,
        LAG(s.brand) OVER w AS prev_brand,
        LAG(s.people) OVER w AS prev_people,
        LAG(s.insights) OVER w AS prev_insights,
        LAG(s.relationships) OVER w AS prev_relationships
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
      h.total::text AS total, h.brand::text AS brand, h.people::text AS people,
      h.insights::text AS insights, h.relationships::text AS relationships,
      -- LAG gives the previous entry; only the previous calendar month counts.
      CASE WHEN h.prev_month = ${day(addMonths(month, -1))}::date THEN h.prev_total::text END AS "prevTotal",
      CASE WHEN h.prev_month = ${day(addMonths(month, -1))}::date THEN h.prev_brand::text END AS "prevBrand",
      CASE WHEN h.prev_month = ${day(addMonths(month, -1))}::date THEN h.prev_people::text END AS "prevPeople",
      CASE WHEN h.prev_month = ${day(addMonths(month, -1))}::date THEN h.prev_insights::text END AS "prevInsights",
      CASE WHEN h.prev_month = ${day(addMonths(month, -1))}::date THEN h.prev_relationships::text END AS "prevRelationships",
      rc.months, rc.totals
    FROM reps r
    LEFT JOIN hist h ON h."userId" = r.id AND h.month = ${day(month)}::date
    LEFT JOIN recent rc ON rc."userId" = r.id`;
  return rows.map(toBoardRow);
}

// Decimals come back as text with the column's trailing zeros ("50.000").
function toBoardRow(r: RawRow): BoardRow {
  const entry = (total: string | null, b: string | null, p: string | null, i: string | null, rel: string | null) =>
    total === null || b === null || p === null || i === null || rel === null
      ? null
      : { total: normaliseDecimal(total), brand: normaliseDecimal(b), people: normaliseDecimal(p), insights: normaliseDecimal(i), relationships: normaliseDecimal(rel) };
  const months = r.months ?? [];
  const totals = r.totals ?? [];
  return {
    userId: r.userId,
    name: r.name,
    team: r.teamId && r.teamName ? { id: r.teamId, name: r.teamName } : null,
    current: entry(r.total, r.brand, r.people, r.insights, r.relationships),
    previous: entry(r.prevTotal, r.prevBrand, r.prevPeople, r.prevInsights, r.prevRelationships),
    recent: months.map((m, index) => ({ month: m as Month, total: normaliseDecimal(totals[index] ?? "0") })),
  };
}

export interface MonthlyAverage {
  month: Month;
  total: string;
  brand: string;
  people: string;
  insights: string;
  relationships: string;
  reps: number;
}

/** The average SSI and pillars of the active reps of `teamId` (or the company) per month. */
export async function monthlyAverages(from: Month, to: Month, teamId: string | null): Promise<MonthlyAverage[]> {
  const rows = await db().$queryRaw<(Omit<MonthlyAverage, "reps"> & { reps: bigint | number })[]>`
    SELECT to_char(s.month, 'YYYY-MM') AS month,
      round(avg(s.total), 1)::text AS total, round(avg(s.brand), 2)::text AS brand,
      round(avg(s.people), 2)::text AS people, round(avg(s.insights), 2)::text AS insights,
      round(avg(s.relationships), 2)::text AS relationships, count(*) AS reps
    FROM "ScoreEntry" s JOIN "User" u ON u.id = s."userId"
    WHERE u.role = 'REP' AND u.active AND (${teamId}::text IS NULL OR u."teamId" = ${teamId}::text)
      AND s.month BETWEEN ${day(from)}::date AND ${day(to)}::date
    GROUP BY s.month ORDER BY s.month`;
  return rows.map((r) => ({
    month: r.month,
    total: normaliseDecimal(r.total),
    brand: normaliseDecimal(r.brand),
    people: normaliseDecimal(r.people),
    insights: normaliseDecimal(r.insights),
    relationships: normaliseDecimal(r.relationships),
    reps: Number(r.reps),
  }));
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
