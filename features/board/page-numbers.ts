// Page numbers on a long board: the company board can hold tens of thousands of reps.

/** Rows per page on large boards. */
export const PAGE_SIZE = 50;

/**
 * The last page number read as asked: 50 million rows. A page past the board's
 * end shows its last page anyway; a 20-digit one reached PostgreSQL as an
 * OFFSET it cannot hold, and failed with a 500.
 */
export const MAX_PAGE = 1_000_000;

/** The page number asked for, as typed, up to MAX_PAGE: anything unreadable is page 1. */
export function requestedPage(requested: string | undefined): number {
  const asked = Math.trunc(Number(requested));
  return Math.min(MAX_PAGE, Math.max(1, Number.isFinite(asked) ? asked : 1));
}

/** How many pages `count` rows make (one, empty, when there is nothing), and `page` clamped to them. */
export function pageOf(count: number, page: number, size = PAGE_SIZE): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(count / size));
  const clamped = Math.min(pages, Math.max(1, page));
  return { page: clamped, pages, offset: (clamped - 1) * size };
}
