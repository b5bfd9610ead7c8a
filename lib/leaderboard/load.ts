import "server-only";
import { can, type Actor, type BoardScope } from "../auth/permissions";
import type { Month } from "../month";
import { getSettings } from "../settings/data";
import { findTeam } from "../teams/data";
import { buildBoard, notLogged, type BoardEntry, type BoardKind } from "./board";
import { boardRows } from "./data";

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
  /** The reps whose page the user may open from the board. */
  openableRepIds: string[];
}

/** A board, with what `actor` may see of it (the scope is already authorised). */
export async function loadBoard(actor: Actor, scope: BoardScope, month: Month, kind: BoardKind): Promise<LoadedBoard | null> {
  const team = scope.kind === "team" ? await findTeam(scope.teamId) : null;
  if (scope.kind === "team" && !team) return null;
  const [rows, settings] = await Promise.all([boardRows(month, team?.id ?? null), getSettings()]);
  const entries = buildBoard(rows, month, kind);
  return {
    month,
    team,
    kind,
    entries,
    notLogged: notLogged(rows),
    showScores: can(actor, { action: "see-scores", scope, repsSeeScores: settings.repsSeeScores }),
    showFlags: can(actor, { action: "see-board-flags", scope }),
    // Board rows are the active reps (see boardRows).
    openableRepIds: entries
      .filter((e) => can(actor, { action: "view-rep", rep: { id: e.userId, teamId: e.team?.id ?? null, role: "REP", active: true } }))
      .map((e) => e.userId),
  };
}
