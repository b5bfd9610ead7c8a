// The logs an operator searches (README, "Logs"), read from the stdout of a
// real `next start`: one JSON line per request with its id (the caller's when
// valid, else one made up, and returned either way), who asked, the route
// pattern, the status and the time; the app's own lines (security events,
// jobs, deliveries) under the same id; nothing secret in any line; and
// LOG_LEVEL obeyed.
import { spawn } from "node:child_process";
import { expect, test } from "./support/test";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { signIn, startApp } from "../../scripts/bench/app-server";
import { withServerPreloads } from "../../scripts/server-preloads";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { waitFor } from "../helpers/wait-for";
import { createApiToken, createInvitationSecret, createTeam, createUser, createWallLinkSecret, createWebhook, useTestDb } from "../factories";
import { thisMonth } from "../../platform/time/calendar";

type Line = Record<string, unknown> & { msg: string; level: string; requestId?: string };

let app: IsolatedApp;
let receiver: HttpReceiver;
let output = "";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every line written so far; each must be one JSON object, but for Next.js's own start-up banner ("▲ Next.js", "- Local:", "✓ Ready"). */
function lines(): Line[] {
  // The banner's colours.
  const plain = (l: string) => l.replace(/\x1b\[[0-9;]*m/g, "");
  return output.split("\n").filter((l) => plain(l).trim() !== "" && !/^\s*(▲|- |✓)/.test(plain(l))).map((l) => {
    try {
      return JSON.parse(l) as Line;
    } catch {
      throw new Error(`a log line that is not JSON: ${l}`);
    }
  });
}

const waitForLine = (what: string, match: (l: Line) => boolean) =>
  waitFor(() => lines().find(match), { timeoutMs: 30_000 }).catch((error: Error) => {
    throw new Error(`${what}: ${error.message}`);
  });

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startIsolatedApp("logs", { env: { LOG_LEVEL: "info" }, output: (chunk) => (output += chunk) });
  useTestDb(app.db);
  receiver = await startHttpReceiver();
});

test.afterAll(async () => {
  useTestDb(undefined);
  await receiver?.close();
  await app?.stop();
});

test("one JSON line per request: its id kept when valid, made up otherwise, returned in the answer", async ({ request }) => {
  const sent = await request.get(`${app.base}/api/v1/health`, { headers: { "X-Request-Id": "lb-7f3a.2024:trace-1" } });
  expect(sent.headers()["x-request-id"]).toBe("lb-7f3a.2024:trace-1");
  const line = await waitForLine("the health request's line", (l) => l.requestId === "lb-7f3a.2024:trace-1");
  expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/api/v1/health", status: 200, userId: null, tokenId: null, service: "ssi-board" });
  expect(typeof line.durationMs).toBe("number");
  expect(typeof line.time).toBe("string");

  for (const wrong of ["has spaces in it", "x".repeat(129), "ünïcode", "-starts-with-a-dash"]) {
    const answer = await request.get(`${app.base}/api/v1/health`, { headers: { "X-Request-Id": wrong } });
    const made = answer.headers()["x-request-id"] ?? "";
    expect(made, wrong).toMatch(UUID);
    await waitForLine(`the line of ${made}`, (l) => l.requestId === made);
    expect(output).not.toContain(wrong);
  }
  const none = (await request.get(`${app.base}/sign-in`)).headers()["x-request-id"] ?? "";
  expect(none).toMatch(UUID);
  expect(await waitForLine("the sign-in page's line", (l) => l.requestId === none)).toMatchObject({ route: "/sign-in", status: 200 });
});

test("a request's line says who asked and by which route pattern; the app's own lines carry the request's id", async ({ request }) => {
  const admin = await createUser({ role: "ADMIN" });
  const rep = await createUser({});
  const { id: tokenId, token } = await createApiToken(admin.id);
  const repToken = (await createApiToken(rep.id)).token;

  await request.get(`${app.base}/api/v1/users/${rep.id}/scores`, { headers: { Authorization: `Bearer ${token}`, "X-Request-Id": "scores-1" } });
  expect(await waitForLine("the scores request", (l) => l.requestId === "scores-1")).toMatchObject({ route: "/api/v1/users/[id]/scores", status: 200, userId: admin.id, tokenId });

  const cookie = await signIn(app.base, rep.email, rep.password);
  await request.get(`${app.base}/`, { headers: { Cookie: cookie, "X-Request-Id": "page-1" } });
  expect(await waitForLine("the signed-in page", (l) => l.requestId === "page-1")).toMatchObject({ route: "/", status: 200, userId: rep.id, tokenId: null });

  // A refused authorization: the request's line and the security line, both under its id.
  await request.get(`${app.base}/api/v1/audit`, { headers: { Authorization: `Bearer ${repToken}`, "X-Request-Id": "refused-1" } });
  expect(await waitForLine("the refused request", (l) => l.msg === "request" && l.requestId === "refused-1")).toMatchObject({ status: 403, userId: rep.id });
  expect(await waitForLine("the refusal", (l) => l.msg === "security" && l.requestId === "refused-1")).toMatchObject({ level: "warn", event: "security.refused", actorId: rep.id });

  // Sign-ins, failed and not, are security lines.
  const form = (password: string) => ({ form: { email: rep.email, password }, headers: { origin: app.base, accept: "application/json" } });
  await request.post(`${app.base}/api/auth/sign-in`, { ...form("not-the-password"), headers: { ...form("").headers, "X-Request-Id": "signin-bad" } });
  expect(await waitForLine("the failed sign-in", (l) => l.msg === "security" && l.requestId === "signin-bad")).toMatchObject({ level: "warn", event: "security.sign-in-failed", reason: "wrong-password" });
  expect(await waitForLine("its request", (l) => l.msg === "request" && l.requestId === "signin-bad")).toMatchObject({ route: "/api/auth/sign-in", status: 401 });
  expect(lines().some((l) => l.msg === "security" && l.event === "security.sign-in" && l.actorId === rep.id)).toBe(true);
});

test("a line per job run and per delivery", async ({ request }) => {
  const team = await createTeam();
  const rep = await createUser({ teamId: team.id });
  const admin = await createUser({ role: "ADMIN" });
  const { token } = await createApiToken(admin.id);
  await createWebhook(receiver.url("/crm-hook-path-secret"), "whsec_logs_spec", ["score.logged"]);
  const saved = await request.post(`${app.base}/api/v1/scores`, { headers: { Authorization: `Bearer ${token}` }, data: { userId: rep.id, month: thisMonth(), brand: 10, people: 10, insights: 10, relationships: 11.5, total: 41.5 } });
  expect(saved.status()).toBeLessThan(300);
  const delivery = await waitForLine("the webhook's delivery", (l) => l.msg === "delivery" && l.delivery === "webhook");
  expect(delivery).toMatchObject({ level: "info", status: "sent", answer: 200 });
  expect(typeof delivery.deliveryId).toBe("string");
  expect(await waitForLine("a job's line", (l) => l.msg === "job")).toMatchObject({ level: "info" });
  const job = lines().find((l) => l.msg === "job");
  expect(typeof job?.queue).toBe("string");
  expect(typeof job?.durationMs).toBe("number");
});

test("no line holds a password, a token, a cookie, a link's secret or the app's secret", async ({ request }) => {
  const rep = await createUser({});
  const { token } = await createApiToken(rep.id);
  const cookie = await signIn(app.base, rep.email, rep.password);
  const wall = await createWallLinkSecret((await createTeam()).id);
  const invitation = await createInvitationSecret((await createUser({})).id);
  await request.get(`${app.base}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  await request.get(`${app.base}/`, { headers: { Cookie: cookie } });
  await request.get(`${app.base}/wall/${wall.token}`, { headers: { "X-Request-Id": "wall-1" } });
  await request.get(`${app.base}/invite/${invitation}`, { headers: { "X-Request-Id": "invite-1" } });
  await request.get(`${app.base}/api/v1/me?token=${token}`, { headers: { "X-Request-Id": "query-1" } });
  expect(await waitForLine("the wall", (l) => l.requestId === "wall-1")).toMatchObject({ route: "/wall/[token]" });
  expect(await waitForLine("the invitation", (l) => l.requestId === "invite-1")).toMatchObject({ route: "/invite/[token]" });
  await waitForLine("the query", (l) => l.requestId === "query-1");
  const secrets = { password: rep.password, token, cookie: cookie.split("=")[1] ?? cookie, wall: wall.token, invitation, appSecret: process.env.NEXTAUTH_SECRET ?? "", webhookPath: "crm-hook-path-secret", webhookSecret: "whsec_logs_spec" };
  for (const [what, secret] of Object.entries(secrets)) {
    expect(secret.length, what).toBeGreaterThan(8);
    expect(output.includes(secret), `${what} in the log`).toBe(false);
  }
  // Nor an email: the one typed into a failed sign-in may be a password typed in the wrong field.
  expect(output).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
});

test("LOG_LEVEL: warn keeps the refusals and drops the request lines; a level that does not exist stops the server with one line", async ({ request }) => {
  let quiet = "";
  const warnOnly = await startApp(app.url, { secret: process.env.NEXTAUTH_SECRET, env: { LOG_LEVEL: "warn" }, output: (chunk) => (quiet += chunk) });
  try {
    const rep = await createUser({});
    await request.get(`${warnOnly.base}/api/v1/health`);
    await request.post(`${warnOnly.base}/api/auth/sign-in`, { form: { email: rep.email, password: "wrong-again" }, headers: { origin: warnOnly.base, accept: "application/json" } });
    await waitFor(() => quiet.includes('"security.sign-in-failed"'), { timeoutMs: 15_000 });
    expect(quiet).not.toContain('"msg":"request"');
    expect(quiet).not.toContain('"level":"info"');
  } finally {
    await warnOnly.stop();
  }

  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "0"], {
    env: withServerPreloads({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "loud" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let said = "";
  server.stderr?.on("data", (chunk: Buffer) => (said += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => server.once("exit", resolve));
  expect(code).toBe(1);
  expect(said.trim()).toBe("Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent");
});
