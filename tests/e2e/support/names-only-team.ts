// A company whose admin has turned "reps see scores" off, and one team whose
// figures are known, with everything the names-only spec reads of it: the
// API's answers, the pages (HTML and React payload), the exports and the wall,
// as one caller or another.
import { signIn } from "../../../scripts/bench/app-server";
import { thisMonth } from "../../../platform/time/calendar";
import { addMonths, monthToDate, type Month } from "../../../platform/time/month";
import { PILLARS, type Pillar } from "../../../features/scores/score";
import { createApiToken, createScore, createTeam, createUser, createWallLinkSecret, testDb, type TestUser } from "../../factories";
import { ScoreSecrets } from "./score-secrets";

type Pillars = Record<Pillar, number>;
/** This month's entry (pillars given) and the totals of the months before, newest first. */
type Figures = { now: Pillars | null; before: number[] };

// Decimals nothing else on a page has; Rae (the rep who reads) is not secret to herself.
const FIGURES = {
  Ana: { now: { brand: 15.125, people: 15.375, insights: 15.625, relationships: 15.25 }, before: [49.125] },
  Bea: { now: { brand: 11.875, people: 11.625, insights: 12.125, relationships: 12.125 }, before: [50.875] },
  Cy: { now: { brand: 18.125, people: 18.375, insights: 18.25, relationships: 18.125 }, before: [] },
  Dan: { now: { brand: 8.125, people: 8.375, insights: 8.375, relationships: 8.375 }, before: [30.5, 28.25] },
  Eve: { now: null, before: [41.625] },
} satisfies Record<string, Figures>;
const RAE: Figures = { now: { brand: 13.875, people: 13.875, insights: 13.875, relationships: 13.875 }, before: [54] };

const sum = (p: Pillars) => PILLARS.reduce((total, pillar) => total + p[pillar], 0);
/** The pillars the factory stores for a total given alone. */
const even = (total: number) => Number((total / 4).toFixed(3));

export interface Caller extends TestUser {
  cookie: string;
  token: string;
}

export interface Read {
  what: string;
  status: number;
  /** The headers (file names, links) and the body. */
  text: string;
}

export interface BoardEntry {
  name: string;
  [field: string]: unknown;
}

async function makeCaller(base: string, user: TestUser): Promise<Caller> {
  return { ...user, cookie: await signIn(base, user.email, user.password), token: (await createApiToken(user.id)).token };
}

/** Every figure of the teammates' entries, and the team's averages (Rae's entry counts in them). */
function secretsOf(month: Month): ScoreSecrets {
  const values: Record<string, number> = {};
  const totals = (index: number) =>
    [RAE, ...Object.values(FIGURES)].flatMap(({ now, before }: Figures) => (index === 0 ? (now ? [sum(now)] : []) : before.slice(index - 1, index)));
  for (const [name, { now, before }] of Object.entries(FIGURES) as [string, Figures][]) {
    if (now) {
      values[`${name}'s total`] = sum(now);
      for (const pillar of PILLARS) values[`${name}'s ${pillar}`] = now[pillar];
      if (before[0] !== undefined) values[`${name}'s progress`] = sum(now) - before[0];
    }
    before.forEach((total, index) => {
      values[`${name}'s total of ${addMonths(month, -1 - index)}`] = total;
      values[`${name}'s pillars of ${addMonths(month, -1 - index)}`] = even(total);
    });
  }
  const average = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  values[`the team average of ${month}`] = average(totals(0));
  values[`the team average of ${addMonths(month, -1)}`] = average(totals(1));
  return new ScoreSecrets(values);
}

async function read(what: string, response: Response): Promise<Read> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
  return { what, status: response.status, text: `${headers}\n\n${await response.text()}` };
}

/** The team, its people (the reading rep Rae, her teammates, their manager, an admin), its challenges, tiers and wall link. */
export async function namesOnlyTeam(base: string) {
  const db = testDb();
  await db.appSettings.upsert({ where: { id: 1 }, create: { id: 1, repsSeeScores: false }, update: { repsSeeScores: false } });
  const month = thisMonth();
  const previous = addMonths(month, -1);
  const team = await createTeam("North");
  const make = async (name: string, { now, before }: Figures) => {
    const user = await createUser({ teamId: team.id, name });
    if (now) await createScore(user.id, month, sum(now), now);
    for (const [index, total] of before.entries()) await createScore(user.id, addMonths(month, -1 - index), total);
    return user;
  };
  const people = {} as Record<keyof typeof FIGURES, TestUser>;
  for (const [name, figures] of Object.entries(FIGURES) as [keyof typeof FIGURES, Figures][]) people[name] = await make(name, figures);
  const raeUser = await make("Rae", RAE);
  const [rep, manager, admin] = await Promise.all([
    makeCaller(base, raeUser),
    makeCaller(base, await createUser({ role: "MANAGER", teamId: team.id, name: "Max" })),
    makeCaller(base, await createUser({ role: "ADMIN", name: "Ada" })),
  ]);
  const from = monthToDate(month);
  const reward = { rewardText: "Team lunch" };
  await db.challenge.createMany({
    data: [
      { title: "Team average 90", kind: "team-average", teamId: team.id, fromMonth: from, toMonth: from, target: 90, ...reward },
      { title: "Everyone at 70", kind: "team-all", teamId: team.id, fromMonth: from, toMonth: from, target: 70, ...reward },
      { title: "Climb 5", kind: "gain", teamId: team.id, fromMonth: from, toMonth: from, target: 5, ...reward },
      { title: "Fastest climber", kind: "race", teamId: null, fromMonth: from, toMonth: from, winners: 1, measure: "gain", ...reward },
    ],
  });
  await db.tierSet.create({ data: { effectiveFrom: monthToDate("2020-01"), tiers: { create: [{ name: "Gold", minTotal: 70, rewardText: "Gold" }, { name: "Silver", minTotal: 50, rewardText: "Silver" }] } } });
  const wall = await createWallLinkSecret(team.id);

  const board = (caller: Caller, query: string, language: "en" | "fr" = "en") =>
    fetch(`${base}/api/v1/leaderboard?${query}`, { headers: { Authorization: `Bearer ${caller.token}`, "Accept-Language": language } });

  /** Every cursor the board of this team hands `caller`, a row at a time, with the name of the row it ends on. */
  async function cursorsFor(caller: Caller): Promise<{ cursor: string; after: string; afterId: string; board: string }[]> {
    const cursors: { cursor: string; after: string; afterId: string; board: string }[] = [];
    for (const kind of ["score", "improvement"]) {
      let cursor: string | null = null;
      for (let page = 0; page < 20; page++) {
        const body = (await (await board(caller, `team=${team.id}&month=${month}&board=${kind}&limit=1${cursor ? `&cursor=${cursor}` : ""}`)).json()) as { entries: BoardEntry[]; nextCursor: string | null };
        cursor = body.nextCursor;
        const after = body.entries.at(-1)?.name;
        const afterId = body.entries.at(-1)?.userId;
        if (!cursor || !after || typeof afterId !== "string") break;
        cursors.push({ cursor, after, afterId, board: kind });
      }
    }
    return cursors;
  }

  async function boardEntries(caller: Caller): Promise<BoardEntry[]> {
    const entries: BoardEntry[] = [];
    for (const query of ["board=score", "board=improvement", "board=score&around=me&limit=3", `board=score&month=${previous}`]) {
      entries.push(...((await (await board(caller, `team=${team.id}&month=${month}&${query}`)).json()) as { entries: BoardEntry[] }).entries);
    }
    return entries;
  }

  /** Everything `caller` is given: the API (by token), the pages (by cookie, HTML and React payload), the exports, the wall. */
  async function everythingFor(caller: Caller): Promise<Read[]> {
    const reads: Read[] = [];
    const api = async (path: string) => reads.push(await read(path, await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${caller.token}` } })));
    const ana = people.Ana.id;
    for (const kind of ["score", "improvement"]) {
      for (const at of [month, previous]) {
        for (const window of ["limit=500", "limit=2", "around=me&limit=1", "around=me&limit=3"]) await api(`/api/v1/leaderboard?team=${team.id}&month=${at}&board=${kind}&${window}`);
      }
    }
    // Each cursor as handed out and decoded, as anyone would try.
    for (const { cursor, after } of await cursorsFor(caller)) {
      const bytes = Buffer.from(cursor, "base64url");
      reads.push({ what: `the cursor after ${after}`, status: 200, text: [cursor, bytes.toString("utf8"), bytes.toString("latin1")].join("\n") });
    }
    for (const path of ["/api/v1/me", "/api/v1/challenges", "/api/v1/tiers", `/api/v1/users/${caller.id}/scores`, `/api/v1/users/${ana}/scores`, "/api/v1/payouts", "/api/v1/audit", "/api/v1/teams"]) await api(path);
    for (const format of ["csv", "xlsx"]) {
      for (const path of ["board", "wall-table", "payouts", "audit"]) await api(`/api/exports/${path}?team=${team.id}&month=${month}&format=${format}`);
    }
    const pages = ["/", "/leaderboard", "/leaderboard?board=improvement", `/leaderboard?month=${previous}`, `/teams/${team.id}`, `/reps/${caller.id}`, `/reps/${ana}`, "/log", "/incentives", "/payouts"];
    for (const path of pages) {
      for (const payload of ["html", "rsc"]) {
        // The React payload as the router asks for it (Next.js sends it to its `_rsc` address first).
        const headers: Record<string, string> = { Cookie: caller.cookie, ...(payload === "rsc" ? { RSC: "1" } : {}) };
        reads.push(await read(`${path} (${payload})`, await fetch(`${base}${path}`, { headers })));
      }
    }
    for (const path of [`/api/wall/${wall.token}`, `/wall/${wall.token}`]) reads.push(await read(path, await fetch(`${base}${path}`)));
    return reads;
  }

  return {
    month,
    previous,
    team,
    rep,
    manager,
    admin,
    teammates: { ana: people.Ana, bea: people.Bea, cy: people.Cy, dan: people.Dan, eve: people.Eve },
    secrets: secretsOf(month),
    board,
    cursorsFor,
    boardEntries,
    everythingFor,
  };
}

export type NamesOnlyTeam = Awaited<ReturnType<typeof namesOnlyTeam>>;
