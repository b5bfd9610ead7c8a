// Splitting a long board into pages: the company board can hold thousands of reps.

/** Rows per page on large boards. */
export const PAGE_SIZE = 50;

/** The page asked for (clamped to the pages that exist; anything unreadable is page 1) and its items. */
export function paginate<T>(items: readonly T[], requested: string | undefined, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const asked = Math.trunc(Number(requested));
  const page = Math.min(pages, Math.max(1, Number.isFinite(asked) ? asked : 1));
  return { page, pages, items: items.slice((page - 1) * size, page * size) };
}
