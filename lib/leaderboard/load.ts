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
}

/** A board, with what `actor` may see of it (the scope is already authorised). */
export async function loadBoard(actor: Actor, scope: BoardScope, month: Month, kind: BoardKind): Promise<LoadedBoard | null> {
  const team = scope.kind === "team" ? await findTeam(scope.teamId) : null;
  if (scope.kind === "team" && !team) return null;
  const [rows, settings] = await Promise.all([boardRows(month, team?.id ?? null), getSettings()]);
  return {
    month,
    team,
    kind,
    entries: buildBoard(rows, month, kind),
    notLogged: notLogged(rows),
    showScores: can(actor, { action: "see-scores", scope, repsSeeScores: settings.repsSeeScores }),
    showFlags: can(actor, { action: "see-board-flags", scope }),
  };
}
