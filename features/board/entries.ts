// What a board shows of each row PostgreSQL ranks and pages (ranking-data.ts:
// boardPage): the entry, its progress, streak and flags. The ranking itself
// is the database's alone; tests/reference/board.ts states it again, apart,
// for the tests to hold the queries to.
import { addMonths, type Month } from "@/platform/time/month";
import { milliToText, toMilli } from "@/platform/numbers/decimal";
import { plausibilityFlags, type FlagLimits, type PlausibilityFlag } from "@/features/scores";
import { byField, PILLARS, type Pillar } from "@/features/scores";

/** A board entry's pillars: all null on a totals-only entry (imported history). */
export type Pillars = Record<Pillar, string | null>;

/** One month's stored entry as a board reads it: the total, and the pillars (null on a totals-only entry). */
export type StoredValues = { total: string } & Pillars;

/** What the database gives for one active rep and one month. */
export interface BoardRow {
  userId: string;
  name: string;
  team: { id: string; name: string } | null;
  /** This month's entry, or null when the rep has not logged it. */
  current: StoredValues | null;
  /** The previous calendar month's entry, or null. */
  previous: StoredValues | null;
  /** The rep's totals by month, for the streak. */
  recent: readonly { month: Month; total: string }[];
}

export interface BoardEntry {
  rank: number | null;
  userId: string;
  name: string;
  team: { id: string; name: string } | null;
  total: string;
  pillars: Pillars;
  previousTotal: string | null;
  /** This month minus the previous calendar month; null ("new") without last month. */
  progress: string | null;
  streak: number;
  flags: PlausibilityFlag[];
}

export type BoardKind = "score" | "improvement";

/** Consecutive months, up to and including `month`, in which the SSI went up. */
export function streak(recent: readonly { month: Month; total: string }[], month: Month): number {
  const byMonth = new Map(recent.map((r) => [r.month, toMilli(r.total)]));
  let count = 0;
  for (let m = month; ; m = addMonths(m, -1)) {
    const now = byMonth.get(m);
    const before = byMonth.get(addMonths(m, -1));
    if (now === undefined || before === undefined || now <= before) return count;
    count += 1;
  }
}

/** What a board shows of a rep's row (null when they have not logged the month). */
export function boardEntry(row: BoardRow, month: Month, limits?: FlagLimits): Omit<BoardEntry, "rank"> | null {
  if (!row.current) return null;
  const { total, ...pillars } = row.current;
  return {
    userId: row.userId,
    name: row.name,
    team: row.team,
    total,
    pillars: byField(PILLARS, (p) => pillars[p]),
    previousTotal: row.previous?.total ?? null,
    progress: row.previous ? milliToText(toMilli(total) - toMilli(row.previous.total)) : null,
    streak: streak(row.recent, month),
    flags: plausibilityFlags(row.current, row.previous, limits),
  };
}

/** Rows ranked by the database (ranking-data.ts) as the board shows them; reps who have not logged are left out. */
export function rankedEntries(rows: readonly (BoardRow & { rank: number | null })[], month: Month, limits?: FlagLimits): BoardEntry[] {
  return rows.flatMap((row) => {
    const entry = boardEntry(row, month, limits);
    return entry ? [{ ...entry, rank: row.rank }] : [];
  });
}
