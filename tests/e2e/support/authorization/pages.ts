// Every page: who may open it. A page asked by someone without a session
// sends them to the sign-in page (expectedAnswer), whatever else they hold.
import { ADMIN, everyone, NORTH_MANAGERS, NORTH_MEMBERS, only, REP_OF_NORTH, type Expected, type Row } from "./rows";
import type { Caller } from "./world";
import { unsubscribeSecret } from "../../../factories";

const page = (route: string, access: Row["access"], path: (cell: Parameters<Row["ask"]>[0]) => string, more: Partial<Row> = {}): Row => ({
  surface: "page",
  route,
  access,
  writes: false,
  ask: (cell) => ({ method: "GET", path: path(cell) }),
  ...more,
});

/** A page whose secret is in its URL: the one holding it gets the page, anyone else guessing gets a 404. */
const byLink = (holder: Caller["name"]) => (caller: Caller): Expected =>
  caller.name === holder ? { status: [200], allowed: true } : { status: [404], allowed: false };

export const PAGES: Row[] = [
  page("/", everyone, () => "/"),
  page("/leaderboard", NORTH_MEMBERS, ({ world }) => `/leaderboard?team=${world.north.id}&month=${world.lastMonth}`, { reveals: (w) => [w.markers.repName] }),
  // Everyone's own log: a redirect to /reps/<self>/log, which decides.
  page("/log", everyone, () => "/log", { okStatus: [307] }),
  page("/payouts", NORTH_MANAGERS, ({ world }) => `/payouts?team=${world.north.id}&month=${world.lastMonth}`, { reveals: (w) => [w.markers.repName] }),
  page("/incentives", only("manager", "managerOther", "managerSitting", "admin"), () => "/incentives"),
  page("/reps/[repId]", REP_OF_NORTH, ({ world }) => `/reps/${world.people.rep.id}`, { reveals: (w) => [w.markers.repName] }),
  page("/reps/[repId]/log", REP_OF_NORTH, ({ world }) => `/reps/${world.people.rep.id}/log`, { reveals: (w) => [w.markers.repName] }),
  page("/teams/[teamId]", NORTH_MEMBERS, ({ world }) => `/teams/${world.north.id}`, { reveals: (w) => [w.markers.repName] }),
  page("/settings/account", everyone, () => "/settings/account"),
  page("/settings/tokens", everyone, () => "/settings/tokens"),
  page("/settings/notifications", everyone, () => "/settings/notifications"),
  page("/settings/security", everyone, () => "/settings/security"),
  page("/admin/security", ADMIN, () => "/admin/security"),
  // The second step of a sign-in: only a browser whose password was just right holds one; every caller here goes back to the form.
  page("/sign-in/verify", everyone, () => "/sign-in/verify", { public: true, expect: () => ({ status: [307], location: /^\/sign-in$/, allowed: false }) }),
  page("/sign-in/enrol", everyone, () => "/sign-in/enrol", { public: true, expect: () => ({ status: [307], location: /^\/sign-in$/, allowed: false }) }),
  page("/admin/notifications", ADMIN, () => "/admin/notifications"),
  page("/admin/webhooks", ADMIN, () => "/admin/webhooks"),
  page("/admin", ADMIN, () => "/admin"),
  page("/admin/audit", ADMIN, () => "/admin/audit", { reveals: (w) => [w.markers.auditReason] }),
  page("/admin/import", ADMIN, () => "/admin/import"),
  page("/admin/months", ADMIN, () => "/admin/months"),
  page("/admin/people", ADMIN, () => "/admin/people", { reveals: (w) => [w.markers.repEmail] }),
  page("/admin/people/[personId]", ADMIN, ({ world }) => `/admin/people/${world.people.rep.id}`, { reveals: (w) => [w.markers.repEmail] }),
  page("/admin/teams", ADMIN, () => "/admin/teams", { reveals: (w) => [w.markers.eastName] }),
  // Signed in: on to the board; everyone else (a deactivated session too) gets the form.
  page("/sign-in", everyone, () => "/sign-in", {
    public: true,
    expect: (caller) => (caller.session ? { status: [307], location: /^\/$/, allowed: true } : { status: [200], allowed: true }),
  }),
  // The invitation's secret is the credential: anyone holding the link may set the password.
  page("/invite/[token]", everyone, ({ world }) => `/invite/${world.invitationToken}`, { public: true }),
  // An email's unsubscribe link: its secret is the credential; the page only asks to confirm.
  page("/unsubscribe/[token]", everyone, ({ world }) => `/unsubscribe/${unsubscribeSecret(world.sparePerson.id, "log-reminder")}`, { public: true }),
  page("/wall/[token]", everyone, ({ world, caller }) => `/wall/${caller.name === "wall-link" ? world.wallToken : world.revokedWallToken}`, {
    public: true,
    expect: byLink("wall-link"),
    reveals: (w) => [w.markers.challenge],
  }),
];
