// The one place that answers "may this user do X to Y". Pages, server
// actions and route handlers all ask here; middleware only redirects.
import type { Role } from "../db/generated/enums";

export interface Actor {
  id: string;
  role: Role;
  teamId: string | null;
  /** The teams this user manages (managers only). */
  managedTeamIds: readonly string[];
}

export interface RepRef {
  id: string;
  teamId: string | null;
}

export type Permission =
  | { action: "view-rep"; rep: RepRef }
  | { action: "edit-scores"; rep: RepRef }
  /** Personal goals belong to the rep alone; their manager only sees them. */
  | { action: "edit-goals"; rep: RepRef }
  | { action: "see-flags"; rep: RepRef }
  | { action: "view-team"; teamId: string }
  | { action: "manage-team"; teamId: string }
  /** The company-wide board, across every team. */
  | { action: "view-company" }
  | { action: "administer" };

function manages(actor: Actor, teamId: string | null): boolean {
  return actor.role === "MANAGER" && teamId !== null && actor.managedTeamIds.includes(teamId);
}

/** Whether `actor` may do what `permission` describes. */
export function can(actor: Actor, permission: Permission): boolean {
  if (permission.action === "edit-goals") return permission.rep.id === actor.id;
  if (actor.role === "ADMIN") return true;
  switch (permission.action) {
    case "see-flags":
      return manages(actor, permission.rep.teamId);
    case "view-rep":
    case "edit-scores":
      return permission.rep.id === actor.id || manages(actor, permission.rep.teamId);
    case "view-team":
      return actor.teamId === permission.teamId || manages(actor, permission.teamId);
    case "manage-team":
      return manages(actor, permission.teamId);
    case "view-company":
    case "administer":
      return false;
  }
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Not allowed: ${permission.action}`);
    this.name = "ForbiddenError";
  }
}

/** Throws ForbiddenError unless `actor` may do what `permission` describes. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(permission);
}
