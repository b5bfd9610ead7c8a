// Rows the integration tests make for themselves.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { createDb, type Db } from "../../lib/db/connect";
import { monthToDate, type Month } from "../../lib/month";

let client: Db | undefined;

export function testDb(): Db {
  client ??= createDb(process.env.DATABASE_URL ?? "", { max: 2 });
  return client;
}

const suffix = () => randomBytes(4).toString("hex");

export async function createTeam(name = `Team ${suffix()}`) {
  return testDb().team.create({ data: { name } });
}

export async function createUser(options: {
  role?: "REP" | "MANAGER" | "ADMIN";
  teamId?: string | null;
  password?: string;
  email?: string;
  name?: string;
  active?: boolean;
}) {
  return testDb().user.create({
    data: {
      email: options.email ?? `user-${suffix()}@test.example`,
      name: options.name ?? `User ${suffix()}`,
      role: options.role ?? "REP",
      teamId: options.teamId ?? null,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? "a-long-password"),
      managedTeams:
        options.role === "MANAGER" && options.teamId ? { create: { teamId: options.teamId } } : undefined,
    },
  });
}

export async function createScore(userId: string, month: Month, total: number) {
  const pillar = (total / 4).toFixed(3);
  return testDb().scoreEntry.create({
    data: {
      userId,
      month: monthToDate(month),
      total,
      brand: pillar,
      people: pillar,
      insights: pillar,
      relationships: pillar,
    },
  });
}
