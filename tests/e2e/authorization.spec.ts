// The authorization matrix: every page, route handler (each method) and
// server action, asked by each kind of caller — signed out, a rep, a rep of
// another team, a manager, a manager of another team, a manager sitting in a
// team he does not manage, an admin, a deactivated admin, a revoked, an
// expired and a read-only token, a wall link. Each cell checks the status
// (and the refusal's code), that a refusal shows none of what the row would
// reveal, and that it changed no row; an allowed write must change
// something (so that a refusal is not an invalid request in disguise).
// On an app and a database of its own, so that "changed" means this cell.
import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { ACTIONS } from "./support/authorization/actions";
import { ROUTES } from "./support/authorization/api";
import { PAGES } from "./support/authorization/pages";
import { expectedAnswer, type Ask, type Expected, type Row } from "./support/authorization/rows";
import { buildWorld, CALLERS, renewSession, type Caller, type World } from "./support/authorization/world";
import { handlerRoutes, pageRoutes, serverActionIds, serverActions } from "./support/app-routes";
import { changedTables, fingerprint, installFingerprint } from "./support/data-fingerprint";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { testDb, useTestDb } from "../factories";
import { readSheet, sheetText } from "../helpers/xlsx";
import { readPdf } from "../helpers/pdf";
import { EXPORT_FORMATS } from "../../platform/spreadsheets/format";

// In order, in one worker (one app for the whole matrix); a failing surface does not skip the next.
test.describe.configure({ mode: "default" });

let app: IsolatedApp | undefined;
let world: World;
let actionIds: Map<string, string>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startIsolatedApp("matrix");
  useTestDb(app.db);
  await installFingerprint(app.db);
  world = await buildWorld(app.base);
  actionIds = await serverActionIds();
});

test.afterAll(async () => {
  useTestDb(undefined);
  await app?.stop();
});

interface Answer {
  status: number;
  body: string;
  /** The API's error code, or an action's ("ok" when it succeeded). */
  code?: string;
  location?: string;
}

/** A server action's argument as React encodes it: fields then the root, or plain JSON without a file. */
function actionBody(fields: Record<string, string | Blob>): { body: BodyInit; type?: string } {
  if (!Object.values(fields).some((v) => v instanceof Blob)) return { body: JSON.stringify([fields]), type: "text/plain;charset=UTF-8" };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("0", '["$K1"]');
  return { body: form };
}

/** The body as text; a workbook as its cells' text and a PDF as its pages', so that what it shows is looked for as in any answer. */
async function bodyText(response: Response): Promise<string> {
  const type = response.headers.get("content-type");
  if (type === "application/pdf") return (await readPdf(new Uint8Array(await response.arrayBuffer()))).pages.join("\n");
  if (type !== EXPORT_FORMATS.xlsx.contentType) return response.text();
  return sheetText(await readSheet(new Uint8Array(await response.arrayBuffer())));
}

async function send(row: Row, caller: Caller, ask: Ask): Promise<Answer> {
  const base = world.base;
  const headers: Record<string, string> = {};
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.bearer) headers.authorization = `Bearer ${caller.bearer}`;
  // As a browser sends it: an Origin on writes, none on reads.
  if (ask.method !== "GET") headers.origin = base;
  let body: BodyInit | undefined;
  if (row.surface === "action") {
    const id = actionIds.get(row.route);
    if (!id) throw new Error(`the build has no server action ${row.route}`);
    headers["next-action"] = id;
    const encoded = actionBody(ask.fields ?? {});
    body = encoded.body;
    if (encoded.type) headers["content-type"] = encoded.type;
  } else if (ask.json !== undefined) {
    headers.accept = "application/json";
    headers["content-type"] = "application/json";
    body = JSON.stringify(ask.json);
  } else if (ask.csv !== undefined) {
    headers["content-type"] = "text/csv";
    body = ask.csv;
  }
  const response = await fetch(`${base}${ask.path}`, { method: ask.method, headers, body, redirect: "manual" });
  const text = await bodyText(response);
  const answer: Answer = { status: response.status, body: text };
  if (row.surface === "action") {
    const result = /^1:(\{.*\})$/m.exec(text)?.[1];
    if (result) {
      const parsed = JSON.parse(result) as { ok: boolean; error?: { code: string } };
      answer.code = parsed.ok ? "ok" : parsed.error?.code;
    }
    answer.location = response.headers.get("x-action-redirect")?.replace(/;.*$/, "");
  } else {
    if ((response.headers.get("content-type") ?? "").includes("application/json")) answer.code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    answer.location = response.headers.get("location")?.replace(base, "");
  }
  return answer;
}

/** What is wrong with one cell's answer (nothing: an empty list). */
function problems(row: Row, caller: Caller, want: Expected, answer: Answer, changed: string[]): string[] {
  const found: string[] = [];
  if (!want.status.includes(answer.status)) found.push(`status ${answer.status}, expected ${want.status.join(" or ")}: ${answer.body.slice(0, 160)}`);
  if (want.code && answer.code !== want.code) found.push(`code ${answer.code}, expected ${want.code}`);
  if (!want.code && row.surface === "action" && want.allowed && !row.redirects && answer.code !== "ok") found.push(`action answered ${answer.code}, expected ok`);
  if (want.location && !want.location.test(answer.location ?? "")) found.push(`redirect to ${answer.location}, expected ${want.location}`);
  if ((!want.allowed || row.writes === false) && changed.length > 0) found.push(`changed ${changed.join(", ")}`);
  if (want.allowed && row.writes === true && changed.length === 0) found.push("allowed, but changed nothing");
  const reveals = row.reveals?.(world) ?? [];
  if (want.allowed) {
    const shows = want.status.includes(200) && row.surface !== "action";
    for (const marker of shows ? reveals : []) if (!answer.body.includes(marker)) found.push(`does not show "${marker}"`);
  } else {
    // North's rep may see what is hers on any page (her name in the header).
    const hers = caller.session === "rep" ? [world.markers.repName, world.markers.repPillar, world.markers.repEmail] : [];
    const secrets = [...reveals, world.markers.auditReason, world.markers.repPillar, world.markers.repEmail].filter((s) => !hers.includes(s));
    for (const secret of new Set(secrets)) if (answer.body.includes(secret)) found.push(`leaked "${secret}"`);
  }
  return found;
}

/** Asks every row as every caller; the test lists every wrong cell at once. */
async function runMatrix(rows: Row[]): Promise<void> {
  const run = randomBytes(3).toString("hex");
  const wrong: string[] = [];
  let cells = 0;
  for (const row of rows) {
    for (const caller of world.callers) {
      const target = row.prepare ? await row.prepare(world) : "";
      const ask = row.ask({ world, caller, target, unique: `${run}-${cells++}` });
      const before = await fingerprint(testDb());
      const answer = await send(row, caller, ask);
      const changed = changedTables(before, await fingerprint(testDb()));
      const want = expectedAnswer(row, caller, world);
      const name = row.variant ? `${row.route} (${row.variant})` : row.route;
      for (const problem of problems(row, caller, want, answer, changed)) wrong.push(`${name} as ${caller.name}: ${problem}`);
      if (row.endsSessions && want.allowed) await renewSession(world, caller);
    }
  }
  expect(wrong).toEqual([]);
  expect(cells).toBe(rows.length * CALLERS.length);
}

test("the matrix has a row for every page, route handler method and server action, and no other", async () => {
  expect(PAGES.map((r) => r.route).sort()).toEqual(await pageRoutes());
  const handlers = (await handlerRoutes()).flatMap((r) => r.methods.map((m) => `${m} ${r.path}`));
  expect(ROUTES.filter((r) => !r.variant).map((r) => r.route).sort()).toEqual(handlers.sort());
  // A variant asks a route that has its own row.
  expect(ROUTES.filter((r) => r.variant).every((v) => ROUTES.some((r) => !r.variant && r.route === v.route))).toBe(true);
  expect(ACTIONS.map((r) => r.route).sort()).toEqual(await serverActions());
  expect(world.callers.map((c) => c.name)).toEqual([...CALLERS]);
});

test("pages", async () => {
  test.setTimeout(300_000);
  await runMatrix(PAGES);
});

test("route handlers: the API, exports, the wall's data, sign-in and health", async () => {
  test.setTimeout(300_000);
  await runMatrix(ROUTES);
});

test("server actions, posted raw with their id and no page", async () => {
  test.setTimeout(300_000);
  await runMatrix(ACTIONS);
});
