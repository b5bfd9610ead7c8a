// Two app instances and two workers on one database, as SSI Board outgrows
// one machine (README, "Several instances"): the instances keep nothing of
// their own, so a write through one is read at once through the other, the
// API's rate limit is one count across both, and each job (here, a webhook
// delivery queued by a score logged on either instance) runs exactly once
// however many workers poll the queue. Shared sessions, sessions ended on one
// instance and the sign-in limits are proven the same way in faults.spec.ts
// ("two app instances on one database"), and every board and viewer class in
// board-cache.spec.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "./support/test";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { startApp, type AppServer } from "../../scripts/bench/app-server";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { signalGroup } from "../../scripts/process-tree";
import { createApiToken, createTeam, createUser, createWebhook, useTestDb, type TestUser } from "../factories";
import { thisMonth } from "../../platform/time/calendar";

const READ_LIMIT = 20;
// Both instances serve only; the workers run the jobs (README, "Jobs").
const ENV = { SSI_API_RATE_LIMITS: `read=${READ_LIMIT},write=600,import=10`, SSI_JOBS: "off" };
const month = thisMonth();

let first: IsolatedApp;
let second: AppServer;
let receiver: HttpReceiver;
const workers: ChildProcess[] = [];

/** `npm run worker` on the instances' database, answering once it says it runs the jobs. */
async function startWorker(): Promise<ChildProcess> {
  const worker = spawn("npx", ["--no-install", "tsx", "--import", "./scripts/server-only-preload.mjs", "scripts/worker.ts"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: first.url, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NEXTAUTH_URL: first.base, SSI_JOBS: "on" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    worker.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("running the jobs")) resolve();
    });
    worker.once("exit", (code) => reject(new Error(`the worker exited (code ${code}): ${output}`)));
  });
  return worker;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  first = await startIsolatedApp("two_instances", { env: ENV });
  second = await startApp(first.url, { secret: process.env.NEXTAUTH_SECRET, env: ENV });
  useTestDb(first.db);
  receiver = await startHttpReceiver();
  workers.push(await startWorker(), await startWorker());
});

test.afterAll(async () => {
  for (const worker of workers) signalGroup(worker.pid, "SIGKILL");
  useTestDb(undefined);
  await receiver?.close();
  await second?.stop();
  await first?.stop();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

test("a score logged through one instance is on the other's board and API at its next read", async ({ request }) => {
  const team = await createTeam("North");
  const rep = await createUser({ teamId: team.id, name: "Ann North" });
  const admin = await createUser({ role: "ADMIN" });
  const { token } = await createApiToken(admin.id);
  for (const [via, readOn, total] of [[first.base, second.base, 61.5], [second.base, first.base, 64.25]] as const) {
    const saved = await request.post(`${via}/api/v1/scores`, { headers: bearer(token), data: { userId: rep.id, month, total, brand: 15, people: 15, insights: 15, relationships: total - 45 } });
    expect(saved.status(), await saved.text()).toBeLessThan(300);
    const board = await (await request.get(`${readOn}/api/v1/leaderboard?team=${team.id}&month=${month}`, { headers: bearer(token) })).json();
    expect(board.entries.find((e: { userId: string }) => e.userId === rep.id)?.total).toBe(total);
    const scores = await (await request.get(`${readOn}/api/v1/users/${rep.id}/scores`, { headers: bearer(token) })).json();
    expect(JSON.stringify(scores)).toContain(String(total));
  }
});

test("the API's rate limit is one count across both instances: exactly the limit gets through", async ({ request }) => {
  const rep = await createUser({});
  const { token } = await createApiToken(rep.id);
  // A burst that straddles a minute would be counted in two windows: start just after one begins.
  if (new Date().getSeconds() > 50) await new Promise((r) => setTimeout(r, (61 - new Date().getSeconds()) * 1000));
  const answers = await Promise.all(
    Array.from({ length: READ_LIMIT + 10 }, (_, i) => request.get(`${i % 2 === 0 ? first.base : second.base}/api/v1/me`, { headers: bearer(token) })),
  );
  const statuses = answers.map((a) => a.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(READ_LIMIT);
  expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  const refused = answers.filter((a) => a.status() === 429);
  // Refusals come from both instances, each with when to try again.
  expect(new Set(refused.map((a) => new URL(a.url()).port)).size).toBe(2);
  for (const answer of refused) expect(Number(answer.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
});

test("each job runs once, whichever instance queued it and however many workers poll", async ({ request }) => {
  const team = await createTeam("South");
  const admin = await createUser({ role: "ADMIN" });
  const { token } = await createApiToken(admin.id);
  const path = `/crm-${Date.now()}`;
  await createWebhook(receiver.url(path), "whsec_two_instances", ["score.logged"]);
  const reps: TestUser[] = [];
  for (let i = 0; i < 6; i++) reps.push(await createUser({ teamId: team.id, name: `Rep ${i}` }));
  for (const [i, rep] of reps.entries()) {
    const via = i % 2 === 0 ? first.base : second.base;
    const saved = await request.post(`${via}/api/v1/scores`, { headers: bearer(token), data: { userId: rep.id, month, total: 40 + i, brand: 10, people: 10, insights: 10, relationships: 10 + i } });
    expect(saved.status(), await saved.text()).toBeLessThan(300);
  }
  const delivered = await receiver.waitFor((r) => r.path === path, reps.length, 60_000);
  // Time for a second delivery of any of them, were a job run twice.
  await new Promise((r) => setTimeout(r, 5000));
  const received = receiver.received.filter((r) => r.path === path);
  expect(received).toHaveLength(reps.length);
  const people = received.map((r) => (r.json as { data: { person: { id: string } } }).data.person.id).sort();
  expect(people).toEqual(reps.map((r) => r.id).sort());
  expect(new Set(delivered.map((r) => (r.json as { id: string }).id)).size).toBe(reps.length);
});
