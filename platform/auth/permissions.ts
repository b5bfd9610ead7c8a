// The one place that answers "may this user do X to Y". Pages, server
// actions, route handlers and components all ask here; middleware only
// redirects. No other module branches on a user's role.
import type { Role } from "@/platform/db/generated/enums";
import { addMonths, type Month } from "@/platform/time/month";

export type { Role };

export interface Actor {
  id: string;
  role: Role;
  /** A deactivated user may do nothing, whatever their role. */
  active: boolean;
  teamId: string | null;
  /** The teams this user manages (managers only). */
  managedTeamIds: readonly string[];
}

/** The person an action is about: only an active rep has scores and goals. */
export interface Subject {
  id: string;
  teamId: string | null;
  role: Role;
  active: boolean;
}

/** Whose board: one team, or the whole company. */
export type BoardScope = { kind: "team"; teamId: string } | { kind: "company" };

export type Permission =
  | { action: "view-rep"; rep: Subject }
  | { action: "edit-scores"; rep: Subject }
  /** Personal goals belong to the rep alone; their manager only sees them. */
  | { action: "edit-goals"; rep: Subject }
  | { action: "see-flags"; rep: Subject }
  | { action: "view-team"; teamId: string }
  | { action: "manage-team"; teamId: string }
  | { action: "view-board"; scope: BoardScope }
  /** SSI figures on a board; `repsSeeScores` is the admin's names-only setting. */
  | { action: "see-scores"; scope: BoardScope; repsSeeScores: boolean }
  /** The plausibility flags column of a board. */
  | { action: "see-board-flags"; scope: BoardScope }
  /** The company-wide board, across every team. */
  | { action: "view-company" }
  | { action: "administer" }
  /** Changing an entry of a closed month (with a reason). */
  | { action: "correct-closed-month" }
  /** Bonus tiers and month closing are company-wide. */
  | { action: "configure-tiers" }
  | { action: "close-months" }
  /** Challenges of one team (teamId) or of the whole company (null). */
  | { action: "manage-challenge"; teamId: string | null }
  /** The incentives page: admins, and managers of at least one team. */
  | { action: "manage-challenges" }
  /** A payout report of one team or of the company. */
  | { action: "view-payouts"; scope: BoardScope }
  /** Personal API tokens: each user manages their own. */
  | { action: "manage-tokens"; ownerId: string }
  /** One's own name and password. */
  | { action: "edit-account"; ownerId: string }
  /** What anyone may do, even signed out: switching the language. */
  | { action: "anyone" };

/** The admin area's permission: the admin pages, their layout and the admins' reads and exports. */
export const ADMINISTER = { action: "administer" } as const satisfies Permission;

function manages(actor: Actor, teamId: string | null): boolean {
  return actor.role === "MANAGER" && teamId !== null && actor.managedTeamIds.includes(teamId);
}

/** Whether someone with `role` has scores and goals of their own: reps only. */
export function hasScores(role: Role): boolean {
  return role === "REP";
}

function isActiveRep(subject: Subject): boolean {
  return hasScores(subject.role) && subject.active;
}

function onBoard(actor: Actor, scope: BoardScope, allowed: (teamId: string) => boolean): boolean {
  if (actor.role === "ADMIN") return true;
  return scope.kind === "team" && allowed(scope.teamId);
}

/** Whether `actor` may do what `permission` describes. */
export function can(actor: Actor, permission: Permission): boolean {
  if (!actor.active) return false;
  switch (permission.action) {
    case "edit-goals":
      return isActiveRep(permission.rep) && permission.rep.id === actor.id;
    case "see-flags":
      return isActiveRep(permission.rep) && (actor.role === "ADMIN" || manages(actor, permission.rep.teamId));
    case "view-rep":
    case "edit-scores":
      return (
        isActiveRep(permission.rep) &&
        (actor.role === "ADMIN" || permission.rep.id === actor.id || manages(actor, permission.rep.teamId))
      );
    case "view-team":
      return actor.role === "ADMIN" || actor.teamId === permission.teamId || manages(actor, permission.teamId);
    case "manage-team":
      return actor.role === "ADMIN" || manages(actor, permission.teamId);
    case "view-board":
      return onBoard(actor, permission.scope, (teamId) => can(actor, { action: "view-team", teamId }));
    case "see-scores":
      return (
        can(actor, { action: "view-board", scope: permission.scope }) &&
        (permission.repsSeeScores || onBoard(actor, permission.scope, (teamId) => manages(actor, teamId)))
      );
    case "see-board-flags":
      return onBoard(actor, permission.scope, (teamId) => manages(actor, teamId));
    case "manage-challenge":
      return actor.role === "ADMIN" || manages(actor, permission.teamId);
    case "manage-challenges":
      return actor.role === "ADMIN" || (actor.role === "MANAGER" && actor.managedTeamIds.length > 0);
    case "view-payouts":
      return onBoard(actor, permission.scope, (teamId) => manages(actor, teamId));
    case "view-company":
    case "administer":
    case "configure-tiers":
    case "close-months":
    case "correct-closed-month":
      return administers(actor.role);
    case "manage-tokens":
    case "edit-account":
      return permission.ownerId === actor.id;
    case "anyone":
      return true;
  }
}

/**
 * Which month of a rep's scores `actor` may write, asked once `edit-scores`
 * has admitted them to that rep (the score command's use case): a rep this
 * month and the one before, a manager or admin any month. Older months need a
 * manager: a rep cannot lower an old score to look "most improved".
 */
export function writesMonth(actor: Actor, month: Month, currentMonth: Month): boolean {
  return actor.role !== "REP" || month >= addMonths(currentMonth, -1);
}

/**
 * Whether telling `actor` that a person or team does not exist reveals
 * nothing: only to those who may list everyone. Others get "forbidden"
 * either way, so they cannot probe which ids exist.
 */
export function revealsMissing(actor: Actor): boolean {
  return can(actor, { action: "view-company" });
}

/** The board a user lands on without asking: an admin's company, a manager's first team, a rep's own team. */
export function defaultBoard(actor: Actor): BoardScope | null {
  if (actor.role === "ADMIN") return { kind: "company" };
  const teamId = actor.role === "MANAGER" ? actor.managedTeamIds[0] : actor.teamId;
  return teamId ? { kind: "team", teamId } : null;
}

/** The teams a user may pick on the board: every team, or these ids. */
export function pickableTeams(actor: Actor): "every" | readonly string[] {
  if (actor.role === "ADMIN") return "every";
  if (actor.role === "MANAGER") return actor.managedTeamIds;
  return actor.teamId ? [actor.teamId] : [];
}

/** What the home page shows: every team (admins), the managed teams (managers), or one's own SSI (reps). */
export function homeView(actor: Actor): "teams" | "managed-teams" | "own-ssi" {
  if (actor.role === "ADMIN") return "teams";
  return actor.role === "MANAGER" ? "managed-teams" : "own-ssi";
}

/** A person's role and whether they are active: what a change of role or standing is about. */
export interface Standing {
  role: Role;
  active: boolean;
}

function isActiveAdmin(person: Standing): boolean {
  return person.role === "ADMIN" && person.active;
}

/** Whether someone with `role` runs the company: the admin area, tiers, months (what "administer" asks of an active user). */
export function administers(role: Role): boolean {
  return role === "ADMIN";
}

/** Whether someone with `role` may be named a team's manager (a demoted manager manages no team). */
export function managesTeams(role: Role): boolean {
  return role === "MANAGER";
}

/** Whether a change takes an active admin away (the company must keep one: keepsAnAdmin). */
export function losesAnAdmin(before: Standing, after: Standing): boolean {
  return isActiveAdmin(before) && !isActiveAdmin(after);
}

/**
 * Whether the company still has an active admin — someone who can manage
 * people, close months and pay bonuses — once `changes` (by person id) apply
 * to `people` and `arriving` people join.
 */
export function keepsAnAdmin(
  people: readonly (Standing & { id: string })[],
  changes: ReadonlyMap<string, Standing>,
  arriving: readonly Standing[] = [],
): boolean {
  return arriving.some(isActiveAdmin) || people.some((person) => isActiveAdmin(changes.get(person.id) ?? person));
}

/**
 * What a change of role or standing ends a person's sessions, tokens and
 * links for (null: it ends nothing): what they may do is no longer what
 * those were given. Being let back in (reactivated) ends nothing.
 */
export function credentialsEndOn(before: Standing, after: Standing): "deactivated" | "role-changed" | null {
  if (before.active && !after.active) return "deactivated";
  return before.role !== after.role ? "role-changed" : null;
}

/** Whether a change of role or standing ends a person's sessions (credentialsEndOn). */
export function endsSessions(before: Standing, after: Standing): boolean {
  return credentialsEndOn(before, after) !== null;
}
