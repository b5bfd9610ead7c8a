import "server-only";
import type { BoardScope } from "@/platform/auth/permissions";
import type { Month } from "@/platform/time/month";
import { flagLimits, getSettings } from "@/features/settings";
import { loadStandings, type IncentiveStandings } from "@/features/incentives";
import { rankedEntries, type BoardKind } from "./entries";
import { masked, type VisibleEntry } from "./mask";
import { boardPage, notLoggedReps, type BoardCursor, type BoardWindow } from "./ranking-data";
import { boardSight, type BoardSight, type BoardViewer } from "./sight";

export type { BoardFigures, VisibleEntry } from "./mask";

/** How many of those who have not logged a board names; the rest are counted. */
export const NOT_LOGGED_NAMED = 200;

/** The board a request names, its team read once (null: the company's). */
export interface BoardSubject {
  scope: BoardScope;
  team: { id: string; name: string } | null;
}

/** The board as one viewer may see it: the one model the page, the API, the files and the wall show. */
export interface VisibleBoard {
  month: Month;
  team: { id: string; name: string } | null;
  kind: BoardKind;
  /** What the viewer sees (the columns a table shows). */
  sight: BoardSight;
  /** The rows asked for (a page of the board). */
  entries: VisibleEntry[];
  /** Where the page after this one starts, or null on the last page. */
  next: BoardCursor | null;
  /** The first of those who have not logged (by name), and how many they are; only with `withNotLogged`. */
  notLogged: { userId: string; name: string }[];
  notLoggedCount: number;
  /** The month's tiers and challenges, when the viewer sees incentives (the wall lists the challenges). */
  standings: IncentiveStandings | null;
}

/** A page of a board (`subject` already authorised for `viewer`), masked once for what the viewer may see. */
export async function visibleBoard(
  viewer: BoardViewer,
  { scope, team }: BoardSubject,
  month: Month,
  kind: BoardKind,
  window: BoardWindow,
  options: { withNotLogged: boolean } = { withNotLogged: true },
): Promise<VisibleBoard> {
  const [settings, sight] = await Promise.all([getSettings(), boardSight(viewer, scope)]);
  const teamId = team?.id ?? null;
  // One row more than asked: whether there is a next page.
  const [rows, missing, standings] = await Promise.all([
    boardPage(month, teamId, kind, { ...window, limit: window.limit + 1 }),
    options.withNotLogged ? notLoggedReps(month, teamId, NOT_LOGGED_NAMED) : { reps: [], count: 0 },
    sight.incentives ? loadStandings(month, team ? [team.id] : "every") : null,
  ]);
  const shown = rows.slice(0, window.limit);
  return {
    month,
    team,
    kind,
    sight,
    entries: rankedEntries(shown, month, flagLimits(settings)).map((entry) => masked(entry, sight, standings)),
    next: rows.length > window.limit ? (shown.at(-1)?.cursor ?? null) : null,
    notLogged: missing.reps,
    notLoggedCount: missing.count,
    standings,
  };
}
