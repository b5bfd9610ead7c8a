// Competition ranking ("1, 2, 2, 4") of measures computed in JavaScript: the
// challenges' races and team races (features/incentives). Equal values share
// a rank and the next rank skips; within a tie the order is by name, then id,
// so it is stable. The boards and a rep's rank in their team are ranked by
// PostgreSQL (features/board/ranking-data.ts, rankInTeam in data.ts).

export interface Rankable {
  id: string;
  name: string;
}

export type Ranked<T> = T & { rank: number };

// One collator for every comparison: far cheaper than localeCompare per call
// on boards of thousands of reps.
const collator = new Intl.Collator("en");

/** Orders by name, then id, so that equal names still sort the same way every time. */
export function compareByName(a: Rankable, b: Rankable): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Ranks `items` by `value` (thousandths), highest first. */
export function rankBy<T extends Rankable>(items: readonly T[], value: (item: T) => number): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => value(b) - value(a) || compareByName(a, b));
  let rank = 0;
  return sorted.map((item, index) => {
    const previous = sorted[index - 1];
    if (!previous || value(previous) !== value(item)) rank = index + 1;
    return { ...item, rank };
  });
}
