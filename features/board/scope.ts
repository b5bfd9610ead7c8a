import { can, defaultBoard, type Actor, type BoardScope } from "@/platform/auth/permissions";

export type ScopeResult = { ok: true; scope: BoardScope } | { ok: false; reason: "forbidden" | "no-team" };

/** The board a user asks for with `team` (an id, "all", or nothing for their default board). */
export function resolveScope(actor: Actor, team: string | null | undefined): ScopeResult {
  const scope: BoardScope | null = team === "all" ? { kind: "company" } : team ? { kind: "team", teamId: team } : defaultBoard(actor);
  if (!scope) return { ok: false, reason: "no-team" };
  return can(actor, { action: "view-board", scope }) ? { ok: true, scope } : { ok: false, reason: "forbidden" };
}
