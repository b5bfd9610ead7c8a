import "server-only";
import { can, type Actor, type BoardScope } from "../auth/permissions";
import type { Month } from "../month";
import { flagLimits, getSettings } from "../settings/data";
import { findTeam } from "../teams/data";
import { buildBoard, notLogged, type BoardEntry, type BoardKind } from "./board";
import { boardRows } from "./data";
import { loadStandings } from "../incentives/load";
import type { IncentiveStandings } from "../incentives/standings";

export interface LoadedBoard {
  month: Month;
  team: { id: string; name: string } | null;
  kind: BoardKind;
  entries: BoardEntry[];
  notLogged: { userId: string; name: string }[];
  /** false: a rep on a board where the admin hides other reps' SSI. */
  showScores: boolean;
  /** Plausibility flags are for the team's managers and admins. */
  showFlags: boolean;
  /** Tiers and challenges of the month; null when the user sees no SSI figures (a tier gives one away). */
  incentives: IncentiveStandings | null;
}

/** A board, with what `actor` may see of it (the scope is already authorised). */
export async function loadBoard(actor: Actor, scope: BoardScope, month: Month, kind: BoardKind): Promise<LoadedBoard | null> {
  const team = scope.kind === "team" ? await findTeam(scope.teamId) : null;
  if (scope.kind === "team" && !team) return null;
  const settings = await getSettings();
  const showScores = can(actor, { action: "see-scores", scope, repsSeeScores: settings.repsSeeScores });
  const [rows, incentives] = await Promise.all([
    boardRows(month, team?.id ?? null),
    showScores ? loadStandings(month, team ? [team.id] : "every") : null,
  ]);
  return {
    month,
    team,
    kind,
    entries: buildBoard(rows, month, kind, flagLimits(settings)),
    notLogged: notLogged(rows),
    showScores,
    showFlags: can(actor, { action: "see-board-flags", scope }),
    incentives,
  };
}
