// The boards are kept per change of the data (features/board/api-body.ts,
// platform/db/version.ts): proven here across two app processes on one
// database, as behind a load balancer. Every board is read on both instances
// first, so that each holds it; then a change made through one (or straight
// in the database, as an import or a hand-written fix would) must show on the
// next read of the other, in every scope and for every viewer class, and no
// viewer may ever be served another class's board.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { startIsolatedApp, type IsolatedApp } from "./support/isolated-app";
import { startApp, type AppServer } from "../../scripts/bench/app-server";
import { createApiToken, createScore, createTeam, createUser, useTestDb, type TestTeam, type TestUser } from "../factories";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths } from "../../platform/time/month";

type Entry = { userId: string; rank: number; total: number | null; flags: string[]; goals: { status: string }[] };
type Board = { team: { id: string } | null; entries: Entry[]; notLogged?: { userId: string }[] };

const month = thisMonth();

let iso: IsolatedApp;
let second: AppServer;
let north: TestTeam;
let south: TestTeam;
const people: Record<"rep1" | "rep2" | "rep3" | "manager" | "admin", TestUser & { token: string }> = {} as never;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  iso = await startIsolatedApp("board_cache");
  second = await startApp(iso.url, { secret: process.env.NEXTAUTH_SECRET });
  useTestDb(iso.db);
  [north, south] = [await createTeam("North"), await createTeam("South")];
  const made = {
    rep1: await createUser({ teamId: north.id, name: "Ann North" }),
    rep2: await createUser({ teamId: north.id, name: "Bob North" }),
    rep3: await createUser({ teamId: south.id, name: "Cy South" }),
    manager: await createUser({ role: "MANAGER", teamId: north.id, name: "Meg Manager" }),
    admin: await createUser({ role: "ADMIN", name: "Ada Admin" }),
  };
  for (const [key, user] of Object.entries(made)) people[key as keyof typeof people] = { ...user, token: (await createApiToken(user.id)).token };
  for (const [rep, before, now] of [["rep1", 40, 45], ["rep2", 30, 50], ["rep3", 20, 60]] as const) {
    await createScore(people[rep].id, addMonths(month, -1), before);
    await createScore(people[rep].id, month, now);
  }
});

test.afterAll(async () => {
  useTestDb(undefined);
  await second?.stop();
  await iso?.stop();
});

const bases = () => [iso.base, second.base];

async function board(request: APIRequestContext, base: string, who: keyof typeof people, team: string): Promise<Board> {
  const answer = await request.get(`${base}/api/v1/leaderboard?team=${team}&month=${month}`, { headers: { Authorization: `Bearer ${people[who].token}` } });
  expect(answer.status(), `${who} on ${team} at ${base}`).toBe(200);
  return (await answer.json()) as Board;
}

const totals = (b: Board) => Object.fromEntries(b.entries.map((e) => [e.userId, e.total]));

/** Every board and viewer class, read on both instances (each then holds it). */
async function readAll(request: APIRequestContext) {
  const reads = [];
  for (const base of bases()) {
    reads.push({
      base,
      adminCompany: await board(request, base, "admin", "all"),
      adminNorth: await board(request, base, "admin", north.id),
      managerNorth: await board(request, base, "manager", north.id),
      repNorth: await board(request, base, "rep1", north.id),
    });
  }
  return reads;
}

test("a score logged on one instance is on every board and for every viewer at the next read of the other", async ({ request }) => {
  for (const read of await readAll(request)) {
    expect(totals(read.adminNorth)[people.rep2.id]).toBe(50);
    // Flags are for the team's managers and admins; reps see figures without them, in their own class.
    expect(read.managerNorth.entries.every((e) => Array.isArray(e.flags))).toBe(true);
  }
  const saved = await request.post(`${second.base}/api/v1/scores`, {
    headers: { Authorization: `Bearer ${people.admin.token}` },
    data: { userId: people.rep2.id, month, brand: 20, people: 20, insights: 20, relationships: 15.5, total: 75.5 },
  });
  expect(saved.status()).toBe(200);
  for (const read of await readAll(request)) {
    for (const b of [read.adminCompany, read.adminNorth, read.managerNorth, read.repNorth]) expect(totals(b)[people.rep2.id]).toBe(75.5);
    expect(read.adminNorth.entries[0]?.userId).toBe(people.rep2.id);
  }
  // The same score written straight in the database (an import, a hand-written fix) moves the counters too.
  await iso.db.scoreEntry.updateMany({ where: { userId: people.rep1.id }, data: { total: 80, brand: 20, people: 20, insights: 20, relationships: 20 } });
  for (const read of await readAll(request)) expect(totals(read.repNorth)[people.rep1.id]).toBe(80);
});

test("a person moved to another team leaves one board and joins the other at the next read", async ({ request }) => {
  for (const base of bases()) {
    expect(totals(await board(request, base, "admin", south.id))[people.rep3.id]).toBe(60);
    expect(totals(await board(request, base, "manager", north.id))[people.rep3.id]).toBeUndefined();
  }
  const moved = await request.patch(`${iso.base}/api/v1/users/${people.rep3.id}`, { headers: { Authorization: `Bearer ${people.admin.token}` }, data: { teamId: north.id } });
  expect(moved.status()).toBe(200);
  for (const base of bases()) {
    expect(totals(await board(request, base, "admin", south.id))[people.rep3.id]).toBeUndefined();
    expect(totals(await board(request, base, "manager", north.id))[people.rep3.id]).toBe(60);
    expect(totals(await board(request, base, "rep1", north.id))[people.rep3.id]).toBe(60);
  }
});

test("names-only mode, switched on: reps get names and ranks at the next read, managers and admins still the figures", async ({ request }) => {
  await readAll(request);
  // The one settings row, as the settings page saves it (a fresh database has none yet).
  const namesOnly = (on: boolean) => iso.db.appSettings.upsert({ where: { id: 1 }, create: { id: 1, repsSeeScores: !on }, update: { repsSeeScores: !on } });
  await namesOnly(true);
  try {
    // Asked in both orders on each instance: one class's board is never served to the other.
    for (const base of bases()) {
      const rep = await board(request, base, "rep1", north.id);
      const manager = await board(request, base, "manager", north.id);
      const repAgain = await board(request, base, "rep1", north.id);
      for (const b of [rep, repAgain]) {
        expect(b.entries.map((e) => e.total)).toEqual(b.entries.map(() => null));
        expect(b.entries.map((e) => e.flags)).toEqual(b.entries.map(() => []));
      }
      expect(manager.entries.map((e) => e.total)).not.toContain(null);
      expect(rep.entries.map((e) => [e.userId, e.rank])).toEqual(manager.entries.map((e) => [e.userId, e.rank]));
    }
  } finally {
    await namesOnly(false);
  }
  for (const base of bases()) expect(totals(await board(request, base, "rep1", north.id))[people.rep1.id]).toBe(80);
});

test("a challenge and the month's close are seen on the next read: a race in progress, then won and lost", async ({ request }) => {
  const created = await request.post(`${second.base}/api/v1/challenges`, {
    headers: { Authorization: `Bearer ${people.admin.token}` },
    data: { title: "North race", kind: "race", teamId: north.id, from: month, to: month, winners: 1, measure: "gain", reward: { text: "Dinner", amount: 50, currency: "EUR" } },
  });
  expect(created.status()).toBe(201);
  const statuses = (b: Board) => Object.fromEntries(b.entries.map((e) => [e.userId, e.goals.map((g) => g.status)]));
  for (const base of bases()) {
    const north1 = await board(request, base, "manager", north.id);
    expect(statuses(north1)[people.rep1.id]).toEqual(["in-progress"]);
    expect(statuses(await board(request, base, "rep1", north.id))[people.rep2.id]).toEqual(["in-progress"]);
  }
  const closed = await request.post(`${iso.base}/api/v1/months/${month}/close`, { headers: { Authorization: `Bearer ${people.admin.token}` } });
  expect(closed.status()).toBe(200);
  for (const base of bases()) {
    for (const who of ["manager", "rep1", "admin"] as const) {
      const b = statuses(await board(request, base, who, north.id));
      // Gains: rep1 40 → 80, rep2 30 → 75.5, rep3 20 → 60: rep2 wins the one place.
      expect(b[people.rep2.id]).toEqual(["achieved"]);
      expect(b[people.rep1.id]).toEqual(["missed"]);
    }
  }
});
