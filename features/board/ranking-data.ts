// A board read by PostgreSQL: who is on it (the active reps of a team in a
// month, or of the company), ranked, ordered and cut into pages there, so a
// page costs what it shows, not what the company holds.
import "server-only";
import { db } from "@/platform/db/prisma";
import { addMonths, firstDay, type Month } from "@/platform/time/month";
import { Prisma } from "@/platform/db/generated/client";
import { normaliseDecimal } from "@/platform/numbers/decimal";
import { byField, PILLARS, REQUIRED_VALUES, type RequiredValue } from "@/features/scores";
import type { BoardKind, BoardRow, StoredValues } from "./entries";
import { versioned } from "@/platform/db/version";
import { preparedQuery } from "@/platform/db/prepared";
import { listTeams, teamMembersSql, teamOfMonthSql } from "@/features/people";

/** How far back the streak looks. */
const STREAK_MONTHS = 12;

/**
 * Names sort as the app's collator does (ICU's English rules, as Intl.Collator
 * in features/scores/rank.ts), ids by their bytes (as JavaScript's `<`), so a
 * page cut by PostgreSQL lines up with one cut in JavaScript. The one place
 * the board's tiebreak is written: its order and the comparisons with a row.
 */
const NAME = (name: Prisma.Sql) => Prisma.sql`${name} COLLATE "en-x-icu"`;
const ID = (id: Prisma.Sql) => Prisma.sql`${id} COLLATE "C"`;
const byName = (name: Prisma.Sql, id: Prisma.Sql) => Prisma.sql`${NAME(name)}, ${ID(id)}`;

/** The rows of `board` whose name and id come before ("<") or after (">") this row's, in byName's order. */
function nameAndId(direction: "<" | ">", row: { name: string; id: string }): Prisma.Sql {
  const op = Prisma.raw(direction);
  const name = NAME(Prisma.sql`name`);
  return Prisma.sql`(${name} ${op} ${row.name} OR (${name} = ${row.name} AND ${ID(Prisma.sql`id`)} ${op} ${row.id}))`;
}

/** Whether row `a` comes before row `b` (columns name and id) in byName's order. */
function nameAndIdBefore(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  const name = (t: Prisma.Sql) => NAME(Prisma.sql`${t}.name`);
  const id = (t: Prisma.Sql) => ID(Prisma.sql`${t}.id`);
  return Prisma.sql`(${name(a)} < ${name(b)} OR (${name(a)} = ${name(b)} AND ${id(a)} < ${id(b)}))`;
}

/**
 * The active reps of `teamId` in `month` (features/people's membership rule,
 * teamMembersSql), by id: asked by every board of the team, kept until people
 * or teams change (platform/db/version.ts). A board's query then reads the
 * team's entries by their (user, month) key, and PostgreSQL plans a list of
 * ids in a fraction of the time the membership rules take.
 */
export function teamMemberIds(teamId: string, month: Month): Promise<string[]> {
  return versioned(`members:${teamId}:${month}`, "people", async () => {
    const rows = await db().$queryRaw<{ id: string }[]>`
      SELECT u.id FROM "User" u WHERE u.role = 'REP' AND u.active AND u.id IN (${teamMembersSql(teamId, month)})`;
    return rows.map((r) => r.id);
  });
}

/**
 * Every active rep's team in `month` (the company board's team column), kept
 * until people or teams change: one pass over the company per change, none
 * per page.
 */
function placements(month: Month): Promise<Map<string, string | null>> {
  return versioned(`placements:${month}`, "people", async () => {
    const rows = await db().$queryRaw<{ id: string; teamId: string | null }[]>`
      SELECT u.id, ${teamOfMonthSql(Prisma.sql`u.id`, month)} AS "teamId" FROM "User" u WHERE u.role = 'REP' AND u.active`;
    return new Map(rows.map((r) => [r.id, r.teamId]));
  });
}

/** Who sits in which team in `month`: on a team's board, that team; on the company's, each rep's team of the month. */
async function teamsOfMonth(month: Month, teamId: string | null): Promise<(userId: string) => BoardRow["team"]> {
  const [teams, placed] = await Promise.all([listTeams({ withArchived: true }), teamId === null ? placements(month) : null]);
  const byId = new Map(teams.map((t) => [t.id, { id: t.id, name: t.name }]));
  return (userId) => byId.get((placed ? placed.get(userId) : teamId) ?? "") ?? null;
}

/** A condition on a user id column: on the board of this team (or the company, null) in `month`. */
async function onBoard(userId: Prisma.Sql, teamId: string | null, month: Month): Promise<Prisma.Sql> {
  return teamId === null ? Prisma.sql`TRUE` : Prisma.sql`${userId} = ANY(${await teamMemberIds(teamId, month)}::text[])`;
}

/**
 * What a board sorts on: the SSI, or the progress over the previous calendar
 * month (null without one: those reps come last, unranked). The SSI board's
 * order is the index ScoreEntry(month, total DESC), so its first pages are read
 * from the index, not sorted.
 */
const sortKey = (kind: BoardKind) => (kind === "score" ? Prisma.sql`s.total` : Prisma.sql`(s.total - p.total)`);
const keyOrder = (kind: BoardKind, key: Prisma.Sql) => (kind === "score" ? Prisma.sql`${key} DESC` : Prisma.sql`${key} DESC NULLS LAST`);

type Previous<F extends string> = `prev_${F}`;

type RawRow = {
  userId: string;
  name: string;
  key: string | null;
  rank: number | null;
  months: string[] | null;
  totals: string[] | null;
} & Record<RequiredValue | Previous<RequiredValue>, string | null>;

/** Where a page of a board starts: after the row with this sort value, name and id (keyset pagination). */
export interface BoardCursor {
  /** The SSI, or the progress (null: a rep without one, at the end of the improvement board). */
  key: string | null;
  name: string;
  id: string;
}

/** Which rows of a board: those after a cursor, or from a position (page numbers, "around me"). */
export type BoardWindow = { limit: number } & ({ after: BoardCursor | null } | { offset: number });

export interface RankedRow extends BoardRow {
  rank: number | null;
  /** Where the next page starts. */
  cursor: BoardCursor;
}

// The total and pillar columns, the field list written once (features/scores/score.ts).
const column = (f: string) => Prisma.raw(`"${f}"`);
const columns = (make: (f: RequiredValue) => Prisma.Sql) => Prisma.join(REQUIRED_VALUES.map(make));

/**
 * One month's board, this team's or the company's (null): every active rep of
 * the board who logged the month, with the previous calendar month's entry and
 * the sort key. A common table expression that PostgreSQL inlines into each
 * query below (NOT MATERIALIZED: a page reads it twice, for its rows and for
 * its place), so what they filter and order on reaches the indexes.
 */
async function boardTable(month: Month, teamId: string | null, kind: BoardKind): Promise<Prisma.Sql> {
  return Prisma.sql`board AS NOT MATERIALIZED (
    SELECT s."userId" AS id, u.name, ${sortKey(kind)} AS key, ${columns((f) => Prisma.sql`s.${column(f)}`)}
    FROM "ScoreEntry" s
    JOIN "User" u ON u.id = s."userId"
    -- The previous month only where the order needs it (progress); a page's rows get theirs after the cut.
    ${kind === "improvement" ? Prisma.sql`LEFT JOIN "ScoreEntry" p ON p."userId" = s."userId" AND p.month = ${firstDay(addMonths(month, -1))}::date` : Prisma.empty}
    WHERE s.month = ${firstDay(month)}::date AND u.role = 'REP' AND u.active AND ${await onBoard(Prisma.sql`s."userId"`, teamId, month)}
  )`;
}

/** Rows ordered after `cursor` on a board of this kind. */
function after(cursor: BoardCursor | null, kind: BoardKind): Prisma.Sql {
  if (cursor === null) return Prisma.sql`TRUE`;
  const laterName = nameAndId(">", cursor);
  if (cursor.key === null) return Prisma.sql`(key IS NULL AND ${laterName})`;
  const lower = Prisma.sql`(key < ${cursor.key}::numeric OR (key = ${cursor.key}::numeric AND ${laterName}))`;
  return kind === "score" ? lower : Prisma.sql`(${lower} OR key IS NULL)`;
}

/**
 * The one query behind boardPage (the benchmark sends it through `pg` too, to
 * weigh the data layer against it). It ranks as well as it orders: the one
 * statement of the board's ranking ("1, 2, 2, 4"; tests/reference/board.ts
 * states it apart for the tests). A rep's rank is one more than the number of
 * reps on the board with a greater key; no key (no progress figure): unranked.
 * A page counts only what comes before it: `place` says how many rows of the
 * whole board have a greater key than the page's first row, and how many come
 * before that row; within the page, rank() adds the rest.
 */
export async function boardPageQuery(month: Month, teamId: string | null, kind: BoardKind, window: BoardWindow): Promise<Prisma.Sql> {
  const from = "after" in window ? after(window.after, kind) : Prisma.sql`TRUE`;
  const offset = "offset" in window ? window.offset : 0;
  const order = (key: Prisma.Sql, name: Prisma.Sql, id: Prisma.Sql) => Prisma.sql`${keyOrder(kind, key)}, ${byName(name, id)}`;
  return Prisma.sql`
    WITH ${await boardTable(month, teamId, kind)},
    page AS (
      SELECT * FROM board WHERE ${from}
      ORDER BY ${order(Prisma.sql`key`, Prisma.sql`name`, Prisma.sql`id`)}
      LIMIT ${window.limit} OFFSET ${offset}
    ),
    head AS (SELECT key, name, id FROM page ORDER BY ${order(Prisma.sql`key`, Prisma.sql`name`, Prisma.sql`id`)} LIMIT 1),
    place AS (
      SELECT count(*) FILTER (WHERE b.key > head.key) AS greater,
        count(*) FILTER (WHERE b.key > head.key OR (b.key = head.key AND ${nameAndIdBefore(Prisma.sql`b`, Prisma.sql`head`)})) AS position
      FROM head JOIN board b ON b.key >= head.key
    )
    SELECT page.id AS "userId", page.name, page.key::text AS key,
      (CASE
        WHEN page.key IS NULL THEN NULL
        WHEN page.key = head.key THEN place.greater + 1
        ELSE place.position + rank() OVER (ORDER BY page.key DESC NULLS LAST)
      END)::integer AS rank,
      ${columns((f) => Prisma.sql`page.${column(f)}::text AS ${column(f)}`)},
      ${columns((f) => Prisma.sql`previous.${column(f)}::text AS ${column(`prev_${f}`)}`)},
      recent.months, recent.totals
    FROM page
    CROSS JOIN head
    CROSS JOIN place
    LEFT JOIN "ScoreEntry" previous ON previous."userId" = page.id AND previous.month = ${firstDay(addMonths(month, -1))}::date
    LEFT JOIN LATERAL (
      SELECT array_agg(to_char(r.month, 'YYYY-MM') ORDER BY r.month) AS months,
        array_agg(r.total::text ORDER BY r.month) AS totals
      FROM "ScoreEntry" r
      WHERE r."userId" = page.id AND r.month BETWEEN ${firstDay(addMonths(month, -STREAK_MONTHS))}::date AND ${firstDay(month)}::date
    ) recent ON TRUE
    ORDER BY ${order(Prisma.sql`page.key`, Prisma.sql`page.name`, Prisma.sql`page.id`)}`;
}

/**
 * A page of the board of `month`, ranked and cut by PostgreSQL: the rows
 * shown, their team of the month and their last twelve months (for the
 * streak) are all it reads beyond the index, so the first page of a
 * 50,000-rep company costs about what a team's does (see README, Performance).
 */
export async function boardPage(month: Month, teamId: string | null, kind: BoardKind, window: BoardWindow): Promise<RankedRow[]> {
  const [rows, teamOf] = await Promise.all([preparedQuery<RawRow>(await boardPageQuery(month, teamId, kind, window)), teamsOfMonth(month, teamId)]);
  return rows.map((row) => ({ ...toBoardRow(row, teamOf(row.userId)), rank: row.rank, cursor: { key: row.key === null ? null : normaliseDecimal(row.key), name: row.name, id: row.userId } }));
}

/** How many rows of the board come before `row` (its position). */
async function positionOfRow(month: Month, teamId: string | null, kind: BoardKind, row: { key: string; name: string; userId: string }): Promise<number> {
  const [count] = await db().$queryRaw<{ position: bigint }[]>`
    WITH ${await boardTable(month, teamId, kind)}
    SELECT count(*) FILTER (WHERE key > ${row.key}::numeric OR (key = ${row.key}::numeric AND ${nameAndId("<", { name: row.name, id: row.userId })})) AS position
    FROM board WHERE key >= ${row.key}::numeric`;
  return Number(count?.position ?? 0);
}

/**
 * A count or list over the whole company (every active rep) is kept until the
 * data changes; a team's costs what the team holds and is read each time.
 */
function companyWide<T>(teamId: string | null, key: string, read: () => Promise<T>): Promise<T> {
  return teamId === null ? versioned(`company:${key}`, "people+scores", read) : read();
}

/** How many reps are on the board of `month` (those who logged it). */
export function boardSize(month: Month, teamId: string | null): Promise<number> {
  return companyWide(teamId, `size:${month}`, () => countBoard(month, teamId));
}

async function countBoard(month: Month, teamId: string | null): Promise<number> {
  const [row] = await db().$queryRaw<{ count: bigint }[]>`
    WITH ${await boardTable(month, teamId, "score")} SELECT count(*) FROM board`;
  return Number(row?.count ?? 0);
}

/** The active reps of the board who have not logged `month`, by name: the first `limit` of them, and how many there are. */
export function notLoggedReps(month: Month, teamId: string | null, limit: number): Promise<{ reps: { userId: string; name: string }[]; count: number }> {
  return companyWide(teamId, `not-logged:${month}:${limit}`, () => readNotLogged(month, teamId, limit));
}

async function readNotLogged(month: Month, teamId: string | null, limit: number): Promise<{ reps: { userId: string; name: string }[]; count: number }> {
  const rows = await preparedQuery<{ userId: string; name: string; count: string }>(Prisma.sql`
    SELECT u.id AS "userId", u.name, count(*) OVER () AS count
    FROM "User" u
    WHERE u.role = 'REP' AND u.active AND ${await onBoard(Prisma.sql`u.id`, teamId, month)}
      AND NOT EXISTS (SELECT 1 FROM "ScoreEntry" s WHERE s."userId" = u.id AND s.month = ${firstDay(month)}::date)
    ORDER BY ${byName(Prisma.sql`u.name`, Prisma.sql`u.id`)}
    LIMIT ${limit}`);
  return { reps: rows.map((r) => ({ userId: r.userId, name: r.name })), count: Number(rows[0]?.count ?? 0) };
}

/** Where `userId` stands on the board (its position from 0), or null when they are not on it. */
export async function positionOf(month: Month, teamId: string | null, kind: BoardKind, userId: string): Promise<number | null> {
  const [mine] = await db().$queryRaw<RawRow[]>`
    WITH ${await boardTable(month, teamId, kind)}
    SELECT id AS "userId", name, key::text AS key FROM board WHERE id = ${userId}`;
  if (!mine) return null;
  if (mine.key === null) {
    const [count] = await db().$queryRaw<{ position: bigint }[]>`
      WITH ${await boardTable(month, teamId, kind)}
      SELECT count(*) AS position FROM board
      WHERE key IS NOT NULL OR ${nameAndId("<", { name: mine.name, id: mine.userId })}`;
    return Number(count?.position ?? 0);
  }
  return positionOfRow(month, teamId, kind, { key: mine.key, name: mine.name, userId: mine.userId });
}

// Decimals come back as text with the column's trailing zeros ("50.000").
// No total: no entry; no pillars: a totals-only entry.
export function entry(value: (f: RequiredValue) => string | null): StoredValues | null {
  const total = value("total");
  if (total === null) return null;
  return { total: normaliseDecimal(total), ...byField(PILLARS, (p) => nullableDecimal(value(p))) };
}

const nullableDecimal = (v: string | null) => (v === null ? null : normaliseDecimal(v));

function toBoardRow(r: RawRow, team: BoardRow["team"]): BoardRow {
  const months = r.months ?? [];
  const totals = r.totals ?? [];
  return {
    userId: r.userId,
    name: r.name,
    team,
    current: entry((f) => r[f]),
    previous: entry((f) => r[`prev_${f}`]),
    recent: months.map((m, index) => ({ month: m as Month, total: normaliseDecimal(totals[index] ?? "0") })),
  };
}

