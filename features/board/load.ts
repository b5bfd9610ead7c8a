import "server-only";
import { can, type Actor, type BoardScope } from "@/platform/auth/permissions";
import type { Month } from "@/platform/time/month";
import { flagLimits, getSettings } from "@/features/settings";
import { findTeam } from "@/features/people";
import { rankedEntries, type BoardEntry, type BoardKind } from "./board";
import { boardPage, notLoggedReps, type BoardCursor, type BoardWindow } from "./board-data";
import { loadStandings } from "@/features/incentives";
import type { IncentiveStandings } from "@/features/incentives";

/** How many of those who have not logged a board names; the rest are counted. */
export const NOT_LOGGED_NAMED = 200;

export interface LoadedBoard {
  month: Month;
  team: { id: string; name: string } | null;
  kind: BoardKind;
  /** The rows asked for (a page of the board). */
  entries: BoardEntry[];
  /** Where the page after this one starts, or null on the last page. */
  next: BoardCursor | null;
  /** The first of those who have not logged (by name), and how many they are; only with `withNotLogged`. */
  notLogged: { userId: string; name: string }[];
  notLoggedCount: number;
  /** false: a rep on a board where the admin hides other reps' SSI. */
  showScores: boolean;
  /** Plausibility flags are for the team's managers and admins. */
  showFlags: boolean;
  /** Tiers and challenges of the month; null when the user sees no SSI figures (a tier gives one away). */
  incentives: IncentiveStandings | null;
}

/** Whether `actor` sees the SSI figures of the board of `scope` (names only otherwise). */
export async function seesScores(actor: Actor, scope: BoardScope): Promise<boolean> {
  return can(actor, { action: "see-scores", scope, repsSeeScores: (await getSettings()).repsSeeScores });
}

/** A page of a board, with what `actor` may see of it (the scope is already authorised). */
export async function loadBoard(
  actor: Actor,
  scope: BoardScope,
  month: Month,
  kind: BoardKind,
  window: BoardWindow,
  options: { withNotLogged: boolean } = { withNotLogged: true },
): Promise<LoadedBoard | null> {
  const team = scope.kind === "team" ? await findTeam(scope.teamId) : null;
  if (scope.kind === "team" && !team) return null;
  const [settings, showScores] = await Promise.all([getSettings(), seesScores(actor, scope)]);
  const teamId = team?.id ?? null;
  // One row more than asked: whether there is a next page.
  const [rows, missing, incentives] = await Promise.all([
    boardPage(month, teamId, kind, { ...window, limit: window.limit + 1 }),
    options.withNotLogged ? notLoggedReps(month, teamId, NOT_LOGGED_NAMED) : { reps: [], count: 0 },
    showScores ? loadStandings(month, team ? [team.id] : "every") : null,
  ]);
  const shown = rows.slice(0, window.limit);
  return {
    month,
    team,
    kind,
    entries: rankedEntries(shown, month, flagLimits(settings)),
    next: rows.length > window.limit ? (shown.at(-1)?.cursor ?? null) : null,
    notLogged: missing.reps,
    notLoggedCount: missing.count,
    showScores,
    showFlags: can(actor, { action: "see-board-flags", scope }),
    incentives,
  };
}
