// The OpenAPI document against the running app: every /api/v1 route file is
// in it, and real requests to every operation (done, refused for want of a
// credential, refused for a rep) get answers that its schemas accept. So the
// document cannot drift from the routes.
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, test } from "./support/test";
import { handlerRoutes } from "./support/app-routes";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { createApiToken, createChannel, createScore, createTeamWithManager, createUser, createWebhook, testDb } from "../factories";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths, type Month } from "../../platform/time/month";

type Json = Record<string, unknown>;
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: { "application/json": { schema: Json } } }>; security?: unknown[] }>>;
  components: { schemas: Record<string, Json> };
  webhooks: Record<string, { post: { requestBody: { content: { "application/json": { schema: Json } } } } }>;
}

interface Call {
  path: string;
  json?: unknown;
  csv?: string;
  as: "admin" | "rep" | "anonymous";
  status: number[];
}

const month = thisMonth();
const pillars = { brand: 20.5, people: 10, insights: 12.25, relationships: 15 };

let spec: OpenApi;
let receiver: HttpReceiver;
/** The webhooks this file made: removed after it, so that no other file's scores are sent to its closed receiver. */
const webhooksMade: string[] = [];
const madeWebhook = async (url: string) => {
  const id = await createWebhook(url, "whsec_contract");
  webhooksMade.push(id);
  return id;
};
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

/** The schema of `method path`'s answer with `status`, as the document says (a refusal's is the shared Error). */
function validatorFor(method: string, path: string, status: number): ValidateFunction {
  const key = `${method} ${path} ${status}`;
  const known = validators.get(key);
  if (known) return known;
  const operation = spec.paths[path]?.[method];
  const answer = operation?.responses[String(status)];
  if (!answer) throw new Error(`${method.toUpperCase()} ${path} answered ${status}, which the document does not list`);
  let schema = answer.content?.["application/json"].schema ?? { const: null };
  if (schema.$ref === "#/components/schemas/Error") schema = spec.components.schemas.Error as Json;
  const made = ajv.compile(schema);
  validators.set(key, made);
  return made;
}

async function send(request: APIRequestContext, method: string, call: Call, tokens: Record<string, string>) {
  const headers: Record<string, string> = call.as === "anonymous" ? {} : { authorization: `Bearer ${tokens[call.as]}` };
  if (call.csv !== undefined) headers["content-type"] = "text/csv";
  return request.fetch(call.path, { method: method.toUpperCase(), headers, ...(call.csv !== undefined ? { data: call.csv } : call.json !== undefined ? { data: call.json as Json } : {}) });
}

test.describe("the OpenAPI document", () => {
  test.beforeAll(async ({ request }) => {
    receiver = await startHttpReceiver();
    const answer = await request.get("/api/v1/openapi.json");
    expect(answer.status()).toBe(200);
    spec = (await answer.json()) as OpenApi;
  });
  test.afterAll(async () => {
    await testDb().webhook.deleteMany({ where: { OR: [{ id: { in: webhooksMade } }, { name: { startsWith: "Contract " } }] } });
    await receiver?.close();
  });

  test("is OpenAPI 3.1 and describes every /api/v1 route file and method, and nothing else", async () => {
    expect(spec.openapi).toBe("3.1.0");
    const files = (await handlerRoutes("app/api/v1")).flatMap((route) => route.methods.map((m) => `${m.toLowerCase()} ${route.path.replace(/\[([a-z]+)\]/gi, "{$1}")}`));
    const described = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(described.sort()).toEqual(files.sort());
    // Each webhook event's body is described.
    expect(Object.keys(spec.webhooks).sort()).toEqual(["goal.achieved", "month.closed", "ping", "score.logged", "tier.reached"]);
  });

  test("matches what every operation answers: done, refused without credentials, refused to a rep", async ({ request }) => {
    test.setTimeout(180_000);
    const admin = await createUser({ role: "ADMIN" });
    const { team, manager } = await createTeamWithManager();
    const rep = await createUser({ teamId: team.id });
    await createScore(rep.id, addMonths(month, -1), 55);
    const tokens = { admin: (await createApiToken(admin.id)).token, rep: (await createApiToken(rep.id)).token };
    const hook = receiver.url("/contract");
    const unique = Date.now().toString(36);
    // A month of its own long ago, to close and reopen.
    const oldMonth = `19${String(50 + (Date.now() % 40))}-0${1 + (Date.now() % 9)}` as Month;
    const paste = readFileSync("features/scores/paste/fixtures/en-lines.txt", "utf8");
    const challengeId = async () => {
      const made = await send(request, "post", { path: "/api/v1/challenges", as: "admin", status: [201], json: { title: `Contract ${unique}`, kind: "gain", teamId: team.id, from: month, to: month, target: 5, reward: { text: "Dinner" } } }, tokens);
      return ((await made.json()) as { id: string }).id;
    };
    const cases: Record<string, () => Promise<Call[]>> = {
      "get /api/v1/health": async () => [{ path: "/api/v1/health", as: "anonymous", status: [200] }],
      "get /api/v1/openapi.json": async () => [{ path: "/api/v1/openapi.json", as: "anonymous", status: [200] }],
      "get /api/v1/me": async () => [{ path: "/api/v1/me", as: "rep", status: [200] }],
      "post /api/v1/scores": async () => [
        { path: "/api/v1/scores", as: "rep", json: { month, ...pillars }, status: [201] },
        { path: "/api/v1/scores", as: "rep", json: { month, ...pillars, industryRankPct: 7 }, status: [200] },
        { path: "/api/v1/scores", as: "rep", json: { month, brand: 40 }, status: [400] },
      ],
      "get /api/v1/users/{id}/scores": async () => [{ path: `/api/v1/users/${rep.id}/scores?from=${addMonths(month, -3)}&to=${month}`, as: "rep", status: [200] }],
      "post /api/v1/scores/parse": async () => [
        { path: "/api/v1/scores/parse", as: "rep", json: { text: paste }, status: [200] },
        { path: "/api/v1/scores/parse", as: "rep", json: { text: "nothing here" }, status: [422] },
      ],
      "get /api/v1/leaderboard": async () => [
        { path: "/api/v1/leaderboard?board=improvement&limit=2", as: "rep", status: [200] },
        { path: `/api/v1/leaderboard?team=all&month=${month}&limit=1`, as: "admin", status: [200] },
      ],
      "get /api/v1/tiers": async () => [{ path: `/api/v1/tiers?month=${month}`, as: "rep", status: [200] }],
      "put /api/v1/tiers": async () => [
        { path: "/api/v1/tiers", as: "admin", json: { effectiveFrom: "2099-12", tiers: [{ name: "Gold", minTotal: 70, reward: { text: "Bonus", amount: 150, currency: "EUR" } }] }, status: [200] },
      ],
      "get /api/v1/challenges": async () => [{ path: `/api/v1/challenges?month=${month}`, as: "rep", status: [200] }],
      "post /api/v1/challenges": async () => [
        { path: "/api/v1/challenges", as: "admin", json: { title: `Race ${unique}`, kind: "race", teamId: team.id, from: month, to: month, winners: 2, measure: "gain", reward: { text: "Trip", amount: 300, currency: "EUR" } }, status: [201] },
      ],
      "delete /api/v1/challenges/{id}": async () => [{ path: `/api/v1/challenges/${await challengeId()}`, as: "admin", status: [204] }],
      "post /api/v1/months/{month}/close": async () => [{ path: `/api/v1/months/${oldMonth}/close`, as: "admin", json: { reason: "Contract" }, status: [200, 409] }],
      "post /api/v1/months/{month}/reopen": async () => [{ path: `/api/v1/months/${oldMonth}/reopen`, as: "admin", json: { reason: "Contract" }, status: [200] }],
      "get /api/v1/payouts": async () => [{ path: `/api/v1/payouts?month=${addMonths(month, -1)}`, as: "admin", status: [200] }],
      "get /api/v1/teams": async () => [{ path: "/api/v1/teams", as: "admin", status: [200] }],
      "post /api/v1/teams": async () => [{ path: "/api/v1/teams", as: "admin", json: { name: `Contract ${unique}`, managerIds: [manager.id] }, status: [201] }],
      "patch /api/v1/teams/{id}": async () => [{ path: `/api/v1/teams/${team.id}`, as: "admin", json: { name: `Renamed ${unique}` }, status: [200] }],
      "get /api/v1/users": async () => [{ path: "/api/v1/users", as: "admin", status: [200] }],
      "post /api/v1/users": async () => [{ path: "/api/v1/users", as: "admin", json: { name: `Contract ${unique}`, email: `contract-${unique}@test.example`, role: "REP", teamId: team.id }, status: [201] }],
      "patch /api/v1/users/{id}": async () => [{ path: `/api/v1/users/${rep.id}`, as: "admin", json: { name: `Rep ${unique}` }, status: [200] }],
      "post /api/v1/imports/{kind}": async () => [
        { path: "/api/v1/imports/people?dryRun=true", as: "admin", csv: `name,email,role,team\nImported ${unique},imported-${unique}@test.example,REP,New team ${unique}\n`, status: [200] },
        { path: "/api/v1/imports/people?dryRun=true", as: "admin", csv: "name,email,role\nNo Email,,REP\n", status: [422] },
      ],
      "get /api/v1/audit": async () => [{ path: "/api/v1/audit", as: "admin", status: [200] }],
      "get /api/v1/me/notifications": async () => [{ path: "/api/v1/me/notifications", as: "rep", status: [200] }],
      "put /api/v1/me/notifications": async () => [{ path: "/api/v1/me/notifications", as: "rep", json: { on: ["tier-reached"] }, status: [200] }],
      "get /api/v1/notifications": async () => [{ path: "/api/v1/notifications", as: "admin", status: [200] }],
      "put /api/v1/notifications/switches": async () => [{ path: "/api/v1/notifications/switches", as: "admin", json: { scope: `team:${team.id}`, on: ["log-reminder"] }, status: [200] }],
      "post /api/v1/notifications/channels": async () => [{ path: "/api/v1/notifications/channels", as: "admin", json: { medium: "slack", name: `Contract ${unique}`, teamId: team.id, url: hook }, status: [201] }],
      "delete /api/v1/notifications/channels/{id}": async () => [{ path: `/api/v1/notifications/channels/${await createChannel(hook, team.id)}`, as: "admin", status: [204] }],
      "post /api/v1/notifications/channels/{id}/test": async () => [{ path: `/api/v1/notifications/channels/${await createChannel(hook, team.id)}/test`, as: "admin", status: [200] }],
      "post /api/v1/notifications/test-email": async () => [{ path: "/api/v1/notifications/test-email", as: "admin", status: [200, 409] }],
      "get /api/v1/webhooks": async () => [{ path: "/api/v1/webhooks", as: "admin", status: [200] }],
      "post /api/v1/webhooks": async () => [
        { path: "/api/v1/webhooks", as: "admin", json: { name: `Contract ${unique}`, url: hook, events: ["score.logged"], allowPrivateNetwork: true }, status: [201] },
        { path: "/api/v1/webhooks", as: "admin", json: { name: "Inside", url: hook, events: ["score.logged"] }, status: [400] },
      ],
      "delete /api/v1/webhooks/{id}": async () => [{ path: `/api/v1/webhooks/${await madeWebhook(hook)}`, as: "admin", status: [204] }],
      "post /api/v1/webhooks/{id}/test": async () => [{ path: `/api/v1/webhooks/${await madeWebhook(hook)}/test`, as: "admin", status: [200] }],
      "get /api/v1/webhooks/{id}/deliveries": async () => [{ path: `/api/v1/webhooks/${await madeWebhook(hook)}/deliveries`, as: "admin", status: [200] }],
    };
    const operations = Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ key: `${method} ${path}`, method, path, open: Array.isArray(op.security) && op.security.length === 0 })));
    // A case for every operation, so that a new one cannot go unchecked.
    expect(Object.keys(cases).sort()).toEqual(operations.map((o) => o.key).sort());

    const problems: string[] = [];
    const check = async (method: string, path: string, call: Call) => {
      const answer = await send(request, method, call, tokens);
      const status = answer.status();
      const said = `${method.toUpperCase()} ${call.path} as ${call.as}`;
      if (!call.status.includes(status)) return problems.push(`${said}: ${status}, expected ${call.status.join(" or ")}: ${(await answer.text()).slice(0, 300)}`);
      const text = await answer.text();
      const body = text === "" ? null : JSON.parse(text);
      let validate: ValidateFunction;
      try {
        validate = validatorFor(method, path, status);
      } catch (error) {
        return problems.push(`${said}: ${(error as Error).message}`);
      }
      if (!validate(body)) problems.push(`${said} (${status}): ${ajv.errorsText(validate.errors)} in ${text.slice(0, 400)}`);
    };
    for (const op of operations) {
      const calls = await cases[op.key]?.();
      const first = calls?.[0];
      if (!calls || !first) continue;
      for (const call of calls) await check(op.method, op.path, call);
      if (op.open) continue;
      // Refusals have the documented shape too (credentials are checked before anything else).
      await check(op.method, op.path, { ...first, as: "anonymous", status: [401] });
      if (first.as === "admin") await check(op.method, op.path, { ...first, as: "rep", status: [403] });
    }
    expect(problems).toEqual([]);
  });

  test("describes what a webhook receives, as it is sent", async ({ request }) => {
    const admin = await createUser({ role: "ADMIN" });
    const { token } = await createApiToken(admin.id);
    const id = await madeWebhook(receiver.url("/contract-ping"));
    const answer = await request.post(`/api/v1/webhooks/${id}/test`, { headers: { authorization: `Bearer ${token}` } });
    expect(await answer.json()).toMatchObject({ ok: true });
    const [ping] = await receiver.waitFor((r) => r.path === "/contract-ping");
    const schema = spec.webhooks.ping?.post.requestBody.content["application/json"].schema;
    if (!schema) throw new Error("the document describes no ping");
    const validate = ajv.compile(schema);
    expect(validate(ping?.json), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...(ping?.json as Json), version: 2 })).toBe(false);
  });
});
