import { can, type Actor } from "../auth/permissions";

/** Whose board: one team, or the whole company (admins only). */
export type BoardScope = { kind: "team"; teamId: string } | { kind: "company" };

export type ScopeResult = { ok: true; scope: BoardScope } | { ok: false; reason: "forbidden" | "no-team" };

/**
 * The board a user asks for with `team` (an id, "all", or nothing): by
 * default a manager's first team, a rep's own team, an admin's company.
 */
export function resolveScope(actor: Actor, team: string | null | undefined): ScopeResult {
  if (team === "all" || (!team && actor.role === "ADMIN")) {
    return can(actor, { action: "view-company" }) ? { ok: true, scope: { kind: "company" } } : { ok: false, reason: "forbidden" };
  }
  const teamId = team || (actor.role === "MANAGER" ? actor.managedTeamIds[0] : actor.teamId) || null;
  if (!teamId) return { ok: false, reason: "no-team" };
  return can(actor, { action: "view-team", teamId }) ? { ok: true, scope: { kind: "team", teamId } } : { ok: false, reason: "forbidden" };
}

/** Whether `actor` sees SSI figures on this board, or only names and ranks. */
export function seesScores(actor: Actor, scope: BoardScope, repsSeeScores: boolean): boolean {
  if (actor.role !== "REP") return true;
  return repsSeeScores || scope.kind !== "team";
}
