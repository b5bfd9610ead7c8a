import "server-only";
import type { Actor } from "../auth/permissions";
import type { Month } from "../month";
import { getSettings } from "../settings/data";
import { findTeam } from "../teams/data";
import { buildBoard, notLogged, type BoardEntry, type BoardKind } from "./board";
import { boardRows } from "./data";
import { seesScores, type BoardScope } from "./scope";

export interface LoadedBoard {
  month: Month;
  team: { id: string; name: string } | null;
  kind: BoardKind;
  entries: BoardEntry[];
  notLogged: { userId: string; name: string }[];
  /** false: a rep on a board where the admin hides other reps' SSI. */
  showScores: boolean;
  /** Plausibility flags are for managers and admins. */
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
    showScores: seesScores(actor, scope, settings.repsSeeScores),
    showFlags: actor.role !== "REP",
  };
}
