import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../platform/db/connect";
import { applyMigrations } from "../../scripts/db/migrations";
import { createEmptyDatabase, dropDatabase } from "../../scripts/db/scratch-database";
import { verifyPassword } from "../../platform/auth/password";
import { NotADemoDatabaseError, seedDemoData } from "../../prisma/seed/seed";

let url: string;
let db: Db;

beforeAll(async () => {
  url = await createEmptyDatabase(process.env.DATABASE_URL ?? "");
  await applyMigrations(url);
  db = createDb(url, { max: 2 });
});

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(url);
});

async function counts() {
  return {
    teams: await db.team.count(),
    users: await db.user.count(),
    reps: await db.user.count({ where: { role: "REP" } }),
    managers: await db.teamManager.count(),
    scores: await db.scoreEntry.count(),
    tiers: await db.tier.count(),
    challenges: await db.challenge.count(),
  };
}

describe("demo seed", () => {
  it("loads 3 teams, 24 reps with histories, a manager per team and an admin", async () => {
    await seedDemoData(db, { lastMonth: "2026-11" });
    const after = await counts();
    expect(after).toMatchObject({ teams: 3, users: 28, reps: 24, managers: 3, tiers: 3, challenges: 3 });
    expect(after.scores).toBeGreaterThan(24 * 9);
    expect(after.scores).toBeLessThan(24 * 12);
  });

  it("gives the documented sign-ins the demo password", async () => {
    const rep = await db.user.findUniqueOrThrow({ where: { email: "rep@example.com" }, include: { team: true } });
    const manager = await db.user.findUniqueOrThrow({
      where: { email: "manager@example.com" },
      include: { managedTeams: true },
    });
    expect(await verifyPassword(rep.passwordHash, "ssiboard-demo")).toBe(true);
    expect(manager.managedTeams.map((m) => m.teamId)).toEqual([rep.teamId]);
    expect((await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } })).role).toBe("ADMIN");
  });

  it("keeps LinkedIn's pillar decimals and stores months as calendar dates", async () => {
    const latest = await db.scoreEntry.findFirstOrThrow({
      where: { user: { email: "rep@example.com" } },
      orderBy: { month: "desc" },
    });
    expect(latest.month.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(latest.brand?.toString()).toMatch(/^\d{1,2}(\.\d{1,3})?$/);
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await counts();
    const { addedScores } = await seedDemoData(db, { lastMonth: "2026-11" });
    expect(addedScores).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("refuses a database that holds non-demo users, and changes nothing", async () => {
    await db.user.create({ data: { email: "real.person@company.fr", name: "Real", passwordHash: "x" } });
    const before = await counts();
    await expect(seedDemoData(db, { lastMonth: "2026-12" })).rejects.toThrow(NotADemoDatabaseError);
    expect(await counts()).toEqual(before);
  });
});
