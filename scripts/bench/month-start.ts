// The benchmark's month-start scenario: the busiest real hour, compressed.
// In the real hour, 50 office TVs poll their wall every 60 s, 500 reps sign
// in and log their SSI within 10 minutes (each opening their page after
// saving), managers open their boards and an admin downloads the payout
// report and the audit CSV. Compressed by `compress`, every interval shrinks
// by that factor: the kinds of request keep their proportions, at `compress`
// times the real rate. Reported: p50/p99 per kind, errors, the database
// connections used, and whether every acknowledged write is stored.
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Month } from "../../platform/time/month";
import { signIn } from "./app-server";

export type Kind = "wall" | "signIn" | "write" | "repPage" | "boardPage" | "payoutCsv" | "auditCsv";

export interface KindResult {
  count: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface MonthStartResult {
  compress: number;
  seconds: number;
  kinds: Record<Kind, KindResult>;
  errors: number;
  acknowledgedWrites: number;
  lostWrites: number;
  maxDatabaseConnections: number;
}

export interface MonthStartPlan {
  base: string;
  databaseUrl: string;
  month: Month;
  password: string;
  reps: { id: string; email: string }[];
  managers: { email: string; teamId: string | null }[];
  wallTokens: string[];
  adminCookie: string;
  compress: number;
}

const REAL_WINDOW_S = 600;
const TV_POLL_S = 60;
const BOARD_OPENS_PER_MANAGER = 3;

const percentile = (sorted: number[], p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) * 10) / 10;

export async function runMonthStart(plan: MonthStartPlan): Promise<MonthStartResult> {
  const window = (REAL_WINDOW_S / plan.compress) * 1000;
  const times = new Map<Kind, number[]>();
  const errors = new Map<Kind, number>();
  const acknowledged: { userId: string; total: number }[] = [];

  /** One request, timed; a status outside `ok` (or no answer) is an error of its kind. */
  async function timed(kind: Kind, url: string, init: RequestInit = {}, ok: (status: number) => boolean = (s) => s === 200): Promise<Response | null> {
    const start = performance.now();
    try {
      const response = await fetch(`${plan.base}${url}`, { redirect: "manual", ...init });
      await response.arrayBuffer().then(() => undefined, () => undefined);
      (times.get(kind) ?? times.set(kind, []).get(kind))?.push(performance.now() - start);
      if (!ok(response.status)) errors.set(kind, (errors.get(kind) ?? 0) + 1);
      return ok(response.status) ? response : null;
    } catch {
      errors.set(kind, (errors.get(kind) ?? 0) + 1);
      return null;
    }
  }

  const at = (ms: number, job: () => Promise<unknown>) => new Promise<void>((resolve) => setTimeout(() => void job().finally(resolve), ms));
  const jobs: Promise<void>[] = [];

  // TVs: each polls its wall every TV_POLL_S (compressed), from a random start.
  const poll = (window * TV_POLL_S) / REAL_WINDOW_S;
  plan.wallTokens.forEach((token) => {
    for (let t = Math.random() * poll; t < window; t += poll) jobs.push(at(t, () => timed("wall", `/api/wall/${token}`)));
  });

  // Reps: sign in, log, open their page; spread evenly over the window.
  plan.reps.forEach((rep, i) => {
    jobs.push(
      at((window * i) / plan.reps.length, async () => {
        const signedIn = await timed(
          "signIn",
          "/api/auth/sign-in",
          { method: "POST", body: new URLSearchParams({ email: rep.email, password: plan.password }), headers: { Origin: plan.base } },
          (s) => s === 303 || s === 302,
        );
        const cookie = signedIn?.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => /^(__Host-)?ssi-session=/.test(c));
        if (!cookie) return;
        // 40 to 89, split evenly over the four pillars (each at most 25).
        const total = 40 + (i % 50);
        const pillar = total / 4;
        const pillars = { brand: pillar, people: pillar, insights: pillar, relationships: pillar };
        const saved = await timed(
          "write",
          "/api/v1/scores",
          { method: "POST", body: JSON.stringify({ month: plan.month, ...pillars, total }), headers: { Cookie: cookie, Origin: plan.base, "Content-Type": "application/json" } },
          (s) => s === 200 || s === 201,
        );
        if (!saved) return;
        acknowledged.push({ userId: rep.id, total });
        await timed("repPage", "/", { headers: { Cookie: cookie } });
      }),
    );
  });

  // Managers: each opens their board a few times.
  const managerCookies = await Promise.all(plan.managers.map((m) => signIn(plan.base, m.email, plan.password)));
  plan.managers.forEach((manager, i) => {
    for (let n = 0; n < BOARD_OPENS_PER_MANAGER; n++) {
      const url = `/leaderboard${manager.teamId ? `?team=${manager.teamId}` : ""}`;
      jobs.push(at(Math.random() * window, () => timed("boardPage", url, { headers: { Cookie: managerCookies[i] ?? "" } })));
    }
  });

  // The admin: the payout report and the audit log, at a third and two thirds of the window.
  for (const share of [1 / 3, 2 / 3]) {
    jobs.push(at(window * share, () => timed("payoutCsv", `/api/exports/payouts?month=${plan.month}&format=csv`, { headers: { Cookie: plan.adminCookie, Origin: plan.base } })));
    jobs.push(at(window * share + 50, () => timed("auditCsv", `/api/exports/audit?format=csv`, { headers: { Cookie: plan.adminCookie, Origin: plan.base } })));
  }

  // The database's connections, sampled meanwhile.
  const client = new pg.Client({ connectionString: plan.databaseUrl });
  client.on("error", () => {});
  await client.connect();
  let maxConnections = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
      maxConnections = Math.max(maxConnections, Number(rows[0]?.n ?? 0));
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const started = performance.now();
  await Promise.all(jobs);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  sampling = false;
  await sampler;

  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "ScoreEntry" s JOIN unnest($1::text[], $2::numeric[]) AS a(u, t) ON s."userId" = a.u AND s.total = a.t AND s.month = $3::date`,
    [acknowledged.map((a) => a.userId), acknowledged.map((a) => a.total), `${plan.month}-01`],
  );
  await client.end();

  const kinds = Object.fromEntries(
    (["wall", "signIn", "write", "repPage", "boardPage", "payoutCsv", "auditCsv"] as const).map((kind) => {
      const sorted = [...(times.get(kind) ?? [])].sort((a, b) => a - b);
      return [kind, { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), errors: errors.get(kind) ?? 0 }];
    }),
  ) as Record<Kind, KindResult>;
  return {
    compress: plan.compress,
    seconds,
    kinds,
    errors: [...errors.values()].reduce((a, b) => a + b, 0),
    acknowledgedWrites: acknowledged.length,
    lostWrites: acknowledged.length - Number(rows[0]?.n ?? 0),
    maxDatabaseConnections: maxConnections,
  };
}
