// The board's rules stated over a whole board, apart from the app: PostgreSQL
// ranks and pages the boards the app shows (features/board/ranking-data.ts),
// and the tests hold those queries to this reference. Competition ranking
// ("1, 2, 2, 4") by the SSI or the progress; reps without a progress figure
// come last, unranked; ties by name, then id.
import type { Month } from "../../platform/time/month";
import { signedMilli, toMilli } from "../../platform/numbers/decimal";
import type { FlagLimits } from "../../features/scores/flags";
import { boardEntry, type BoardEntry, type BoardKind, type BoardRow } from "../../features/board/entries";

// Names as an English reader sorts them, then ids by their bytes.
const collator = new Intl.Collator("en");
const byName = (a: { name: string; userId: string }, b: { name: string; userId: string }) =>
  collator.compare(a.name, b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);

/** The board of `month`: by SSI, or by progress with reps without a progress figure last and unranked. */
export function buildBoard(rows: readonly BoardRow[], month: Month, kind: BoardKind, limits?: FlagLimits): BoardEntry[] {
  const entries = rows.map((r) => boardEntry(r, month, limits)).filter((e): e is Omit<BoardEntry, "rank"> => e !== null);
  const value = (e: Omit<BoardEntry, "rank">) => (kind === "score" ? toMilli(e.total) : e.progress === null ? null : signedMilli(e.progress));
  const ranked = entries.filter((e) => value(e) !== null);
  // A rank is one more than the number of reps with a strictly higher value.
  const rankOf = (e: Omit<BoardEntry, "rank">) => 1 + ranked.filter((other) => (value(other) ?? 0) > (value(e) ?? 0)).length;
  const unranked = entries.filter((e) => value(e) === null).sort(byName);
  return [
    ...ranked.map((e) => ({ ...e, rank: rankOf(e) })).sort((a, b) => a.rank - b.rank || byName(a, b)),
    ...unranked.map((e) => ({ ...e, rank: null })),
  ];
}

/** The active reps who have not logged `month`, by name. */
export function notLogged(rows: readonly BoardRow[]): { userId: string; name: string }[] {
  return rows
    .filter((r) => r.current === null)
    .map((r) => ({ userId: r.userId, name: r.name }))
    .sort(byName);
}
