import "server-only";
import { db } from "@/platform/db/prisma";
import { Prisma } from "@/platform/db/generated/client";
import { preparedQuery } from "@/platform/db/prepared";
import { addMonths, dateToMonth, firstDay, monthToDate, type Month } from "@/platform/time/month";
import { PILLARS, decimalString, pillarTextsOf, type Pillar } from "@/features/scores";
import type { ChallengeDef, ChallengeKind, RaceMeasure, Reward, RuleRep, TierSetDef } from "./kinds";

type RewardColumns = { rewardText: string; rewardAmount: { toString(): string } | null; rewardCurrency: string | null };

const rewardOf = (row: RewardColumns): Reward => ({
  text: row.rewardText,
  amount: decimalString(row.rewardAmount),
  currency: row.rewardCurrency,
});

/** Every tier set, oldest first (a company has a handful). */
export async function tierSets(): Promise<TierSetDef[]> {
  const sets = await db().tierSet.findMany({
    orderBy: { effectiveFrom: "asc" },
    select: { effectiveFrom: true, tiers: { orderBy: { minTotal: "desc" } } },
  });
  return sets.map((set) => ({
    effectiveFrom: dateToMonth(set.effectiveFrom),
    tiers: set.tiers.map((tier) => ({ name: tier.name, minTotal: tier.minTotal.toString(), reward: rewardOf(tier) })),
  }));
}

const challengeColumns = {
  id: true,
  title: true,
  kind: true,
  teamId: true,
  fromMonth: true,
  toMonth: true,
  target: true,
  pillar: true,
  winners: true,
  measure: true,
  rewardText: true,
  rewardAmount: true,
  rewardCurrency: true,
} as const;

type ChallengeRow = Prisma.ChallengeGetPayload<{ select: typeof challengeColumns }>;

/** Challenges of these teams and the company's ("every": every team's). */
const ofTeams = (teamIds: readonly string[] | "every") =>
  teamIds === "every" ? {} : { OR: [{ teamId: null }, { teamId: { in: [...teamIds] } }] };

// The columns were written through challengeSchema, which allows only known kinds, pillars and measures.
function toChallenge(row: ChallengeRow): ChallengeDef {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as ChallengeKind,
    teamId: row.teamId,
    from: dateToMonth(row.fromMonth),
    to: dateToMonth(row.toMonth),
    target: decimalString(row.target),
    pillar: row.pillar as Pillar | null,
    winners: row.winners,
    measure: row.measure as RaceMeasure | null,
    reward: rewardOf(row),
  };
}

/** The challenges that run in `month` (or end in it, with `endingOnly`), of these teams and the company's ("every": every team's). */
export async function challengesIn(month: Month, teamIds: readonly string[] | "every", endingOnly = false): Promise<ChallengeDef[]> {
  const date = monthToDate(month);
  const rows = await db().challenge.findMany({
    where: {
      ...(endingOnly ? { toMonth: date } : { fromMonth: { lte: date }, toMonth: { gte: date } }),
      ...ofTeams(teamIds),
    },
    orderBy: [{ toMonth: "asc" }, { title: "asc" }],
    select: challengeColumns,
  });
  return rows.map(toChallenge);
}

/** Challenges of these teams and the company's that end on or after `since`, newest first (the incentives page). */
export async function challengesSince(since: Month, teamIds: readonly string[] | "every"): Promise<(ChallengeDef & { teamName: string | null })[]> {
  const rows = await db().challenge.findMany({
    where: {
      toMonth: { gte: monthToDate(since) },
      ...ofTeams(teamIds),
    },
    orderBy: [{ toMonth: "desc" }, { title: "asc" }],
    select: { ...challengeColumns, team: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...toChallenge(row), teamName: row.team?.name ?? null }));
}

/** One challenge, or null. */
export async function findChallenge(id: string): Promise<ChallengeDef | null> {
  const row = await db().challenge.findUnique({ where: { id }, select: challengeColumns });
  return row ? toChallenge(row) : null;
}

/** The months an admin has closed. */
export async function closedMonths(): Promise<Set<Month>> {
  const rows = await db().closedMonth.findMany({ select: { month: true } });
  return new Set(rows.map((r) => dateToMonth(r.month)));
}

/**
 * The active reps of these teams ("every": the company), and these reps, with
 * their entries from `from` to `to`. One prepared statement, values as text:
 * a company-wide challenge reads every rep, and Prisma's nested read of
 * 50,000 reps and their entries took 4.8 s where this takes a fraction of a
 * second (README, Performance).
 */
export async function ruleReps(teamIds: readonly string[] | "every", from: Month, to: Month, userIds: readonly string[] = []): Promise<RuleRep[]> {
  const scope = teamIds === "every" ? Prisma.sql`TRUE` : Prisma.sql`(u."teamId" = ANY(${[...teamIds]}::text[]) OR u.id = ANY(${[...userIds]}::text[]))`;
  const rows = await preparedQuery<{ id: string; name: string; teamId: string | null; month: Month | null } & Record<"total" | Pillar, string | null>>(Prisma.sql`
    SELECT u.id, u.name, u."teamId", to_char(s.month, 'YYYY-MM') AS month,
      -- As the app writes decimals: "50", not "50.000".
      trim_scale(s.total)::text AS total,
      ${Prisma.join(PILLARS.map((p) => Prisma.sql`trim_scale(s.${Prisma.raw(`"${p}"`)})::text AS ${Prisma.raw(`"${p}"`)}`))}
    FROM "User" u
    LEFT JOIN "ScoreEntry" s ON s."userId" = u.id AND s.month BETWEEN ${firstDay(from)}::date AND ${firstDay(to)}::date
    WHERE u.role = 'REP' AND u.active AND ${scope}`);
  const reps = new Map<string, RuleRep>();
  for (const row of rows) {
    let rep = reps.get(row.id);
    if (!rep) {
      rep = { userId: row.id, name: row.name, teamId: row.teamId, entries: {} };
      reps.set(row.id, rep);
    }
    if (row.month !== null && row.total !== null) rep.entries[row.month] = { total: row.total, pillars: pillarTextsOf(row) };
  }
  return [...reps.values()];
}

/** The earliest baseline month `challenges` need (their `from` minus one), or `fallback`. */
export function earliestBaseline(challenges: readonly ChallengeDef[], fallback: Month): Month {
  return challenges.reduce((min, c) => (addMonths(c.from, -1) < min ? addMonths(c.from, -1) : min), fallback);
}

/** The active reps who have not logged `month`, by team then name. */
export async function notLoggedIn(month: Month): Promise<{ userId: string; name: string; team: string | null }[]> {
  const reps = await db().user.findMany({
    where: { role: "REP", active: true, scoreEntries: { none: { month: monthToDate(month) } } },
    orderBy: [{ team: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, team: { select: { name: true } } },
  });
  return reps.map((r) => ({ userId: r.id, name: r.name, team: r.team?.name ?? null }));
}
