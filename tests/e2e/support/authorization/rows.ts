// The shape of the matrix: one row per page, route (method) and server
// action; a row says who may use it and how a cell asks. What a refusal
// looks like is the same for every row of a surface (expectedAnswer).
import type { Caller, Who, World } from "./world";

/** What the server should decide for a signed-in person. */
export type Outcome = "ok" | "forbidden" | "not-found";
export type Access = (who: Who) => Outcome;

export const everyone: Access = () => "ok";
/** Only these people; the others are refused. */
export const only = (...allowed: Who[]): Access => (who) => (allowed.includes(who) ? "ok" : "forbidden");
export const ADMIN = only("admin");
/** view-rep / edit-scores of North's rep: herself, her manager, an admin. */
export const REP_OF_NORTH = only("rep", "manager", "admin");
/** view-team / view-board of North: its members (the manager sitting in it too), its manager, an admin. */
export const NORTH_MEMBERS = only("rep", "manager", "managerSitting", "admin");
/** manage-team / manage-challenge / view-payouts of North. */
export const NORTH_MANAGERS = only("manager", "admin");
/** Something of North's rep that only she may touch; others of her kind find nothing, the rest are refused. */
export const repsOwn: Access = (who) => (who === "rep" ? "ok" : who === "repOther" ? "not-found" : "forbidden");

export interface Ask {
  method: string;
  path: string;
  json?: unknown;
  csv?: string;
  /** A server action's argument: fields, or (with a file) a multipart form. */
  fields?: Record<string, string | Blob>;
}

/** What a cell is told: the world, the caller, and what the row's prepare made for it (a fresh target). */
export interface Cell {
  world: World;
  caller: Caller;
  target: string;
  /** Unique in the run: for names and emails a write creates. */
  unique: string;
}

export interface Row {
  surface: "page" | "api" | "action";
  /** As the app's source names it: "/reps/[repId]", "GET /api/v1/me", "features/scores/actions.ts#saveScoreAction". */
  route: string;
  /** The same route asked another way (an export as Excel): the same rules, checked cell by cell too. */
  variant?: string;
  access: Access;
  /** Needs no one signed in (the sign-in page, a link's secret, the health check). */
  public?: boolean;
  /** true: an allowed cell changes data; false: no cell does; "maybe": allowed cells may. */
  writes: boolean | "maybe";
  ask: (cell: Cell) => Ask;
  /** Makes a fresh target for each cell (what a delete deletes). */
  prepare?: (world: World) => Promise<string>;
  /** What an allowed answer shows and a refused one must not. */
  reveals?: (world: World) => string[];
  /** Statuses of an allowed page or route: 200 unless said. */
  okStatus?: number[];
  /** An allowed action answers with a redirect rather than a result. */
  redirects?: boolean;
  /** The cell ends the caller's sessions (they sign in again after it). */
  endsSessions?: boolean;
  /** A row whose answer depends on more than who asks. */
  expect?: (caller: Caller, world: World) => Expected;
}

export interface Expected {
  status: number[];
  /** The error code of a refusal (API body, action result). */
  code?: string;
  /** A redirect's target (a page's Location, an action's x-action-redirect). */
  location?: RegExp;
  allowed: boolean;
}

/** What `caller` should get from `row`. */
export function expectedAnswer(row: Row, caller: Caller, world: World): Expected {
  if (row.expect) return row.expect(caller, world);
  const who = row.surface === "api" ? caller.api : caller.session;
  if (!who && !row.public) {
    if (row.surface === "page") return { status: [307], location: /^\/sign-in/, allowed: false };
    if (row.surface === "api") return { status: [401], code: "unauthorized", allowed: false };
    return { status: [200], code: "unauthorized", allowed: false };
  }
  if (row.surface === "api" && caller.readOnly && !row.route.startsWith("GET ")) return { status: [403], code: "token-read-only", allowed: false };
  const outcome = who ? row.access(who) : "ok";
  if (outcome === "ok") {
    if (row.surface !== "action") return { status: row.okStatus ?? [200], allowed: true };
    return { status: [200], ...(row.redirects ? { location: /^\// } : {}), allowed: true };
  }
  const status = outcome === "forbidden" ? 403 : 404;
  if (row.surface === "action") return { status: [200], code: outcome, allowed: false };
  return { status: [status], ...(row.surface === "api" ? { code: outcome } : {}), allowed: false };
}
