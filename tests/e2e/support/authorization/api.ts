// Every route handler and method: the JSON API, the exports (CSV, and Excel
// as a variant of each), the wall's data, the sign-in endpoint and the health check.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ADMIN, everyone, NORTH_MANAGERS, NORTH_MEMBERS, REP_OF_NORTH, type Ask, type Cell, type Row } from "./rows";
import { closedOldMonth, northChallenge, openOldMonth, PASSWORD } from "./world";
import { createChannel, createWebhook, createUser, unsubscribeSecret } from "../../../factories";

const DEAD_HOOK = "http://127.0.0.1:9/hook";

const route = (method: string, path: string, access: Row["access"], ask: (cell: Cell) => Omit<Ask, "method">, more: Partial<Row> = {}): Row => ({
  surface: "api",
  route: `${method} ${path}`,
  access,
  writes: method !== "GET",
  ask: (cell) => ({ method, ...ask(cell) }),
  ...more,
});

// What a rep copies from LinkedIn's SSI page.
const PASTED = readFileSync(path.join(import.meta.dirname, "../../../../features/scores/paste/fixtures/en-lines.txt"), "utf8");
const score = { brand: 10, people: 10, insights: 10, relationships: 10, total: 40 };
const northScope = ({ world }: Cell) => `team=${world.north.id}&month=${world.lastMonth}`;

const EXPORTS: Row[] = [
  route("GET", "/api/exports/board", NORTH_MEMBERS, (c) => ({ path: `/api/exports/board?${northScope(c)}` }), { reveals: (w) => [w.markers.repName] }),
  route("GET", "/api/exports/wall-table", NORTH_MEMBERS, (c) => ({ path: `/api/exports/wall-table?${northScope(c)}` }), { reveals: (w) => [w.markers.repName] }),
  route("GET", "/api/exports/payouts", NORTH_MANAGERS, (c) => ({ path: `/api/exports/payouts?${northScope(c)}` }), { reveals: (w) => [w.markers.repName] }),
  route("GET", "/api/exports/audit", ADMIN, () => ({ path: "/api/exports/audit" }), { reveals: (w) => [w.markers.auditReason] }),
];

/** An export's row, asked for the Excel file. */
function asExcel(row: Row): Row {
  const ask = (cell: Cell): Ask => {
    const asked = row.ask(cell);
    return { ...asked, path: `${asked.path}${asked.path.includes("?") ? "&" : "?"}format=xlsx` };
  };
  return { ...row, variant: "xlsx", ask };
}

/** The payout report's row, asked for its PDF. */
function asPdf(row: Row): Row {
  return { ...row, variant: "pdf", ask: (cell) => ({ ...row.ask(cell), path: `${row.ask(cell).path}&format=pdf` }) };
}

export const ROUTES: Row[] = [
  route("GET", "/api/v1/me", everyone, () => ({ path: "/api/v1/me" })),
  route("GET", "/api/v1/leaderboard", NORTH_MEMBERS, (c) => ({ path: `/api/v1/leaderboard?${northScope(c)}` }), { reveals: (w) => [w.markers.repName] }),
  route("GET", "/api/v1/users/[id]/scores", REP_OF_NORTH, ({ world }) => ({ path: `/api/v1/users/${world.people.rep.id}/scores` }), { reveals: (w) => [w.markers.repPillar] }),
  route("POST", "/api/v1/scores", REP_OF_NORTH, ({ world }) => ({ path: "/api/v1/scores", json: { userId: world.people.rep.id, month: world.month, ...score } }), { okStatus: [200, 201] }),
  route("POST", "/api/v1/scores/parse", everyone, () => ({ path: "/api/v1/scores/parse", json: { text: PASTED } }), { writes: false }),
  route("GET", "/api/v1/challenges", NORTH_MEMBERS, ({ world }) => ({ path: `/api/v1/challenges?team=${world.north.id}&month=${world.month}` }), { reveals: (w) => [w.markers.challenge] }),
  route("POST", "/api/v1/challenges", NORTH_MANAGERS, ({ world, unique }) => ({
    path: "/api/v1/challenges",
    json: { title: `Matrix ${unique}`, kind: "gain", teamId: world.north.id, from: world.month, to: world.month, target: 10, reward: { text: "Dinner" } },
  }), { okStatus: [201] }),
  route("DELETE", "/api/v1/challenges/[id]", NORTH_MANAGERS, ({ target }) => ({ path: `/api/v1/challenges/${target}` }), { prepare: (world) => northChallenge(world), okStatus: [204] }),
  route("GET", "/api/v1/tiers", everyone, () => ({ path: "/api/v1/tiers" }), { reveals: (w) => [w.markers.tier] }),
  route("PUT", "/api/v1/tiers", ADMIN, ({ unique }) => ({ path: "/api/v1/tiers", json: { effectiveFrom: "2099-01", tiers: [{ name: `Gold ${unique}`, minTotal: 70, reward: { text: "Bonus" } }] } })),
  route("GET", "/api/v1/payouts", NORTH_MANAGERS, (c) => ({ path: `/api/v1/payouts?${northScope(c)}` }), { reveals: (w) => [w.markers.repName] }),
  route("POST", "/api/v1/months/[month]/close", ADMIN, ({ target }) => ({ path: `/api/v1/months/${target}/close`, json: {} }), { prepare: openOldMonth }),
  route("POST", "/api/v1/months/[month]/reopen", ADMIN, ({ target }) => ({ path: `/api/v1/months/${target}/reopen`, json: { reason: "Matrix" } }), { prepare: closedOldMonth }),
  route("GET", "/api/v1/audit", ADMIN, () => ({ path: "/api/v1/audit" }), { reveals: (w) => [w.markers.auditReason] }),
  route("GET", "/api/v1/teams", ADMIN, () => ({ path: "/api/v1/teams" }), { reveals: (w) => [w.markers.eastName] }),
  route("POST", "/api/v1/teams", ADMIN, ({ unique }) => ({ path: "/api/v1/teams", json: { name: `Team ${unique}` } }), { okStatus: [201] }),
  route("PATCH", "/api/v1/teams/[id]", ADMIN, ({ world, unique }) => ({ path: `/api/v1/teams/${world.spareTeam.id}`, json: { name: `Spare ${unique}` } })),
  route("GET", "/api/v1/users", ADMIN, () => ({ path: "/api/v1/users" }), { reveals: (w) => [w.markers.repEmail] }),
  route("POST", "/api/v1/users", ADMIN, ({ world, unique }) => ({
    path: "/api/v1/users",
    json: { name: `New ${unique}`, email: `new-${unique}@matrix.example`, role: "REP", teamId: world.spareTeam.id },
  }), { okStatus: [201] }),
  route("PATCH", "/api/v1/users/[id]", ADMIN, ({ world, unique }) => ({ path: `/api/v1/users/${world.sparePerson.id}`, json: { name: `Spare ${unique}` } })),
  route("POST", "/api/v1/imports/[kind]", ADMIN, ({ unique }) => ({
    path: "/api/v1/imports/people?dryRun=false",
    csv: `name,email,role,team\nImported ${unique},imported-${unique}@matrix.example,REP,Spare Matrix\n`,
  })),
  route("GET", "/api/v1/me/notifications", everyone, () => ({ path: "/api/v1/me/notifications" })),
  route("PUT", "/api/v1/me/notifications", everyone, () => ({ path: "/api/v1/me/notifications", json: { on: ["tier-reached"] } }), { writes: "maybe" }),
  route("GET", "/api/v1/notifications", ADMIN, () => ({ path: "/api/v1/notifications" })),
  route("PUT", "/api/v1/notifications/switches", ADMIN, ({ world }) => ({ path: "/api/v1/notifications/switches", json: { scope: `team:${world.spareTeam.id}`, on: ["log-reminder"] } }), { writes: "maybe" }),
  route("POST", "/api/v1/notifications/channels", ADMIN, ({ unique }) => ({ path: "/api/v1/notifications/channels", json: { medium: "teams", name: `Matrix ${unique}`, teamId: null, url: DEAD_HOOK } }), { okStatus: [201] }),
  route("DELETE", "/api/v1/notifications/channels/[id]", ADMIN, ({ target }) => ({ path: `/api/v1/notifications/channels/${target}` }), { prepare: () => createChannel(DEAD_HOOK), okStatus: [204] }),
  route("POST", "/api/v1/notifications/channels/[id]/test", ADMIN, ({ target }) => ({ path: `/api/v1/notifications/channels/${target}/test`, json: {} }), { prepare: () => createChannel(DEAD_HOOK), writes: false }),
  // No SMTP server in the matrix's app: the admin is let through, and told that email is off.
  route("POST", "/api/v1/notifications/test-email", ADMIN, () => ({ path: "/api/v1/notifications/test-email", json: {} }), { writes: false, okStatus: [409] }),
  route("GET", "/api/v1/webhooks", ADMIN, () => ({ path: "/api/v1/webhooks" })),
  route("POST", "/api/v1/webhooks", ADMIN, ({ unique }) => ({ path: "/api/v1/webhooks", json: { name: `Matrix ${unique}`, url: DEAD_HOOK, events: ["score.logged"], allowPrivateNetwork: true } }), { okStatus: [201] }),
  route("DELETE", "/api/v1/webhooks/[id]", ADMIN, ({ target }) => ({ path: `/api/v1/webhooks/${target}` }), { prepare: () => createWebhook(DEAD_HOOK, "whsec_matrix"), okStatus: [204] }),
  route("POST", "/api/v1/webhooks/[id]/test", ADMIN, ({ target }) => ({ path: `/api/v1/webhooks/${target}/test`, json: {} }), { prepare: () => createWebhook(DEAD_HOOK, "whsec_matrix"), writes: false }),
  route("GET", "/api/v1/webhooks/[id]/deliveries", ADMIN, ({ target }) => ({ path: `/api/v1/webhooks/${target}/deliveries` }), { prepare: () => createWebhook(DEAD_HOOK, "whsec_matrix") }),
  // RFC 8058's one-click: no session, no token, no page; the link's secret decides, whatever else the caller holds.
  route("POST", "/api/unsubscribe/[token]", everyone, ({ target }) => ({ path: `/api/unsubscribe/${target}`, json: {} }), {
    public: true,
    writes: "maybe",
    expect: () => ({ status: [200], allowed: true }),
    prepare: async (world) => unsubscribeSecret((await createUser({ teamId: world.spareTeam.id })).id, "log-reminder"),
  }),
  route("GET", "/api/v1/health", everyone, () => ({ path: "/api/v1/health" }), { public: true }),
  // The API's description holds no one's data.
  route("GET", "/api/v1/openapi.json", everyone, () => ({ path: "/api/v1/openapi.json" }), { public: true }),
  route("GET", "/api/wall/[token]", everyone, ({ world, caller }) => ({ path: `/api/wall/${caller.name === "wall-link" ? world.wallToken : world.revokedWallToken}` }), {
    public: true,
    expect: (caller) => (caller.name === "wall-link" ? { status: [200], allowed: true } : { status: [404], code: "not-found", allowed: false }),
    reveals: (w) => [w.markers.challenge],
  }),
  // Anyone may sign in with the right password, whatever they already hold: a new session each time.
  route("POST", "/api/auth/sign-in", everyone, ({ world }) => ({ path: "/api/auth/sign-in", json: { email: world.signer.email, password: PASSWORD } }), {
    public: true,
    writes: true,
    expect: () => ({ status: [200], allowed: true }),
  }),
  // Single sign-on's two legs, open to anyone; the matrix's company has no provider set up, so both send back to the form saying so.
  route("GET", "/api/auth/sso", everyone, () => ({ path: "/api/auth/sso" }), {
    public: true,
    writes: false,
    expect: () => ({ status: [303], location: /^\/sign-in\?error=sso-off$/, allowed: true }),
  }),
  route("GET", "/api/auth/sso/callback", everyone, () => ({ path: "/api/auth/sso/callback?code=forged&state=forged" }), {
    public: true,
    writes: false,
    expect: () => ({ status: [303], location: /^\/sign-in\?error=sso-off$/, allowed: false }),
  }),
  ...EXPORTS,
  // The same exports as Excel: the format changes nothing of who may have them.
  ...EXPORTS.map(asExcel),
  ...EXPORTS.filter((row) => row.route === "GET /api/exports/payouts").map(asPdf),
];
