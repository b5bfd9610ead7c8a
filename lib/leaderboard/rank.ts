// Competition ranking ("1, 2, 2, 4"): equal values share a rank and the next
// rank skips; within a tie the order is by name, then id, so it is stable.

export interface Rankable {
  id: string;
  name: string;
}

export type Ranked<T> = T & { rank: number };

/** Ranks `items` by `value` (thousandths), highest first. */
export function rankBy<T extends Rankable>(items: readonly T[], value: (item: T) => number): Ranked<T>[] {
  const sorted = [...items].sort(
    (a, b) => value(b) - value(a) || a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((item, index) => {
    const previous = sorted[index - 1];
    if (!previous || value(previous) !== value(item)) rank = index + 1;
    return { ...item, rank };
  });
}
