// Writes the demo plan to the database. Idempotent: a second run adds only
// what is missing. Refuses to touch a database that holds real users.
import type { Db } from "../../platform/db/connect";
import { Prisma } from "@/platform/db/generated/client";
import { SCORE_VALUES } from "../../features/scores/score";
import { scoreColumnList } from "../../features/scores/sql-names";
import { hashPassword } from "../../platform/auth/password";
import { randomUUID } from "node:crypto";
import { addMonths, firstDay, monthToDate, type Month } from "../../platform/time/month";
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoPlan, type PlannedScore } from "./demo-plan";

export class NotADemoDatabaseError extends Error {
  constructor(count: number) {
    super(
      `Refusing to seed: the database holds ${count} user(s) that are not demo users (@${DEMO_EMAIL_DOMAIN}). ` +
        "The demo seed only runs on an empty database or one it seeded itself.",
    );
    this.name = "NotADemoDatabaseError";
  }
}

export interface SeedOptions {
  repCount?: number;
  monthCount?: number;
  lastMonth: Month;
  /** 50 unless said (the benchmark's company: 100). */
  repsPerTeam?: number;
}

const CHUNK = 5000;

function chunks<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
    items.slice(i * CHUNK, (i + 1) * CHUNK),
  );
}

/** Seeds the demo data; returns how many score entries it added. */
export async function seedDemoData(db: Db, options: SeedOptions): Promise<{ addedScores: number }> {
  const realUsers = await db.user.count({
    where: { NOT: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } } },
  });
  if (realUsers > 0) throw new NotADemoDatabaseError(realUsers);

  const plan = demoPlan({
    repCount: options.repCount ?? 24,
    monthCount: options.monthCount ?? 12,
    lastMonth: options.lastMonth,
    repsPerTeam: options.repsPerTeam,
  });
  // Every demo user has the same password: hash it once (argon2id is slow on purpose).
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.team.createMany({ data: plan.teams.map((name) => ({ name })), skipDuplicates: true });
  const teamIds = new Map(
    (await db.team.findMany({ where: { name: { in: plan.teams } }, select: { id: true, name: true } }))
      .map((t) => [t.name, t.id]),
  );
  const teamId = (name: string | null) => (name === null ? null : (teamIds.get(name) ?? null));

  for (const part of chunks(plan.people)) {
    await db.user.createMany({
      data: part.map((p) => ({
        email: p.email,
        name: p.name,
        role: p.role,
        teamId: teamId(p.team),
        locale: p.locale,
        passwordHash,
      })),
      skipDuplicates: true,
    });
  }
  const userIds = new Map(
    (await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]),
  );
  const idOf = (email: string) => {
    const id = userIds.get(email);
    if (!id) throw new Error(`seed: user ${email} was not created`);
    return id;
  };

  await db.teamManager.createMany({
    data: plan.people
      .filter((p) => p.role === "MANAGER" && p.team !== null)
      .map((p) => ({ userId: idOf(p.email), teamId: teamId(p.team) ?? "" })),
    skipDuplicates: true,
  });

  const entries = plan.people.flatMap((p) => p.scores.map((s) => ({ userId: idOf(p.email), ...s })));
  let addedScores = 0;
  for (const part of chunks(entries)) addedScores += await insertScores(db, part);
  await seedIncentives(db, options.lastMonth, options.monthCount ?? 12, teamId(plan.teams[0] ?? null));
  return { addedScores };
}

/**
 * Bonus tiers since the first demo month and three challenges running in the
 * last one, so the board, the rep's page and the wall show incentives.
 * Added only to a database that has none.
 */
async function seedIncentives(db: Db, lastMonth: Month, monthCount: number, firstTeamId: string | null): Promise<void> {
  if ((await db.tierSet.count()) === 0) {
    await db.tierSet.create({
      data: {
        effectiveFrom: monthToDate(addMonths(lastMonth, 1 - monthCount)),
        tiers: {
          create: [
            { name: "Gold", minTotal: 70, rewardText: "Gold bonus", rewardAmount: 150, rewardCurrency: "EUR" },
            { name: "Silver", minTotal: 60, rewardText: "Silver bonus", rewardAmount: 75, rewardCurrency: "EUR" },
            { name: "Bronze", minTotal: 50, rewardText: "Lunch with the sales director" },
          ],
        },
      },
    });
  }
  if ((await db.challenge.count()) > 0) return;
  const month = monthToDate(lastMonth);
  const reward = (rewardText: string, rewardAmount?: number) => ({ rewardText, rewardAmount: rewardAmount ?? null, rewardCurrency: rewardAmount ? "EUR" : null });
  await db.challenge.createMany({
    data: [
      { title: "Restaurant +5", kind: "gain", teamId: null, fromMonth: month, toMonth: month, target: 5, ...reward("Team dinner at the restaurant", 40) },
      { title: "Biggest climber", kind: "race", teamId: null, fromMonth: month, toMonth: month, winners: 1, measure: "fair-gain", ...reward("A day off") },
      ...(firstTeamId
        ? [{ title: "Team average 60", kind: "team-average", teamId: firstTeamId, fromMonth: month, toMonth: month, target: 60, ...reward("Everyone gets the Silver bonus", 75) }]
        : []),
    ],
  });
}

/**
 * Bulk insert in one statement per chunk (unnest of arrays): the large demo
 * (5000 reps × 36 months) would take minutes through createMany. Existing
 * (user, month) rows are kept, so the seed stays idempotent.
 */
async function insertScores(db: Db, rows: ({ userId: string } & PlannedScore)[]): Promise<number> {
  const column = (pick: (r: (typeof rows)[number]) => string) => Prisma.sql`${rows.map(pick)}::text[]`;
  const columns = Prisma.raw(scoreColumnList(SCORE_VALUES));
  const numerics = Prisma.raw(scoreColumnList(SCORE_VALUES, { numeric: true }));
  return db.$executeRaw`
    INSERT INTO "ScoreEntry" (id, "userId", "enteredById", month, ${columns}, "updatedAt")
    SELECT id, u, u, m::date, ${numerics}, now()
    FROM unnest(
      ${column(() => randomUUID())}, ${column((r) => r.userId)}, ${column((r) => firstDay(r.month))},
      ${Prisma.join(SCORE_VALUES.map((f) => column((r) => r[f])))}
    ) AS x(id, u, m, ${columns})
    ON CONFLICT ("userId", month) DO NOTHING`;
}

/** The sign-ins to print and document. */
export const DEMO_SIGN_INS = [
  { role: "Admin", email: `admin@${DEMO_EMAIL_DOMAIN}` },
  { role: "Manager (Paris Enterprise)", email: `manager@${DEMO_EMAIL_DOMAIN}` },
  { role: "Rep (Paris Enterprise)", email: `rep@${DEMO_EMAIL_DOMAIN}` },
] as const;

export function describeDemoSignIns(): string {
  return [
    `Demo sign-ins (password: ${DEMO_PASSWORD})`,
    ...DEMO_SIGN_INS.map((s) => `  ${s.role.padEnd(28)} ${s.email}`),
  ].join("\n");
}
