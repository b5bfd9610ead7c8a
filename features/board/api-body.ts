import "server-only";
import { versioned } from "@/platform/db/version";
import { optionalNumber } from "@/platform/numbers/decimal";
import { companyMonth } from "@/features/settings";
import { pillarsJson } from "@/features/scores";
import { goalJson } from "@/features/incentives";
import type { Month } from "@/platform/time/month";
import type { BoardKind } from "./entries";
import type { BoardWindow } from "./ranking-data";
import { sealCursor, type CursorBinding } from "./board-cursor";
import { boardSight, type BoardViewer } from "./sight";
import { visibleBoard, type BoardSubject, type VisibleBoard } from "./visible-board";

/** A board's page as the API answers it (docs/api.md). */
function boardJson(board: VisibleBoard, firstPage: boolean, binding: CursorBinding) {
  return {
    month: board.month,
    team: board.team,
    board: board.kind,
    entries: board.entries.map(({ rank, userId, name, team, figures, flags, incentives }) => ({
      rank,
      userId,
      name,
      team,
      total: figures && Number(figures.total),
      pillars: figures && pillarsJson(figures.pillars),
      previousTotal: figures && optionalNumber(figures.previousTotal),
      progress: figures && optionalNumber(figures.progress),
      streak: figures && figures.streak,
      flags: flags ?? [],
      tier: incentives?.tier ? { name: incentives.tier.name, minTotal: Number(incentives.tier.minTotal) } : null,
      goals: incentives?.goals.map(goalJson) ?? [],
    })),
    // Sealed and bound to this board, month and viewer class: it tells nothing of the row it ends on.
    nextCursor: board.next && sealCursor(board.next, binding),
    // With the first page only: the first NOT_LOGGED_NAMED names, and how many.
    ...(firstPage ? { notLogged: board.notLogged, notLoggedCount: board.notLoggedCount } : {}),
  };
}

/**
 * The API's answer for a page of a board, as JSON text, computed once per
 * change of the data and kept per (board, month, kind, viewer class, window)
 * under the cache counters (platform/db/version.ts), which every instance
 * reads from the one database: a board is read thousands of times a day and
 * changes a few hundred times a month. What a viewer class sees is decided
 * by boardSight before the key is made, and is part of it, so no viewer is
 * ever served another class's board. Nothing in the answer depends on the
 * reader's language.
 *
 * Why the counters and not Next.js's own cache ("use cache" with cacheTag):
 * that needs `cacheComponents`, which changes how every page of the app
 * renders; its default store is per process, so a second instance would need
 * a shared cache handler to see another's invalidation; and a tag must be
 * named by every write, where the counters move by themselves at every
 * commit (a trigger), imports and hand-written SQL included. The two have
 * not been measured against each other yet (README, Performance). With the
 * counters, the team board API went from 149 ms to 24 ms p50 (14.9× to
 * 1.85× the floor, 500 reps, bench/results/2026-12-04-500.json).
 */
export async function boardApiBody(
  viewer: BoardViewer,
  subject: BoardSubject,
  month: Month,
  kind: BoardKind,
  window: BoardWindow,
  binding: CursorBinding,
): Promise<string> {
  const sight = await boardSight(viewer, subject.scope);
  const firstPage = !("after" in window) || window.after === null;
  const place = "offset" in window ? `o${window.offset}` : `a${JSON.stringify(window.after)}`;
  const viewerClass = `${+sight.scores}${+sight.flags}${+sight.incentives}`;
  const board = subject.scope.kind === "company" ? "company" : `team:${subject.scope.teamId}`;
  // The company's month is in the key: what is running (challenges, streaks) moves with the calendar too.
  const key = `board-api:${board}:${month}:${kind}:${viewerClass}:${await companyMonth()}:${window.limit}:${place}`;
  return versioned(key, "people+scores", async () =>
    JSON.stringify(boardJson(await visibleBoard(viewer, subject, month, kind, window, { withNotLogged: firstPage }), firstPage, binding)),
  );
}
