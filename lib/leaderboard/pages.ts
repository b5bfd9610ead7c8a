// Page numbers on a long board: the company board can hold tens of thousands of reps.

/** Rows per page on large boards. */
export const PAGE_SIZE = 50;

/** The page number asked for, as typed: anything unreadable is page 1. */
export function requestedPage(requested: string | undefined): number {
  const asked = Math.trunc(Number(requested));
  return Math.max(1, Number.isFinite(asked) ? asked : 1);
}

/** How many pages `count` rows make (one, empty, when there is nothing), and `page` clamped to them. */
export function pageOf(count: number, page: number, size = PAGE_SIZE): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(count / size));
  const clamped = Math.min(pages, Math.max(1, page));
  return { page: clamped, pages, offset: (clamped - 1) * size };
}
