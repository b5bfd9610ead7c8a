// Test data made by the tests themselves, straight in the e2e database.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../../lib/auth/password";
import { createDb, type Db } from "../../../lib/db/connect";

let client: Db | undefined;

/** The e2e database (the runner passes DATABASE_URL). */
export function testDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests with npm run test:e2e");
  client ??= createDb(url, { max: 2 });
  return client;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

/** A new user of `role` in the team named `teamName` (a demo team). */
export async function createUser(options: {
  role: "REP" | "MANAGER" | "ADMIN";
  teamName?: string;
  locale?: "en" | "fr";
  name?: string;
}): Promise<TestUser> {
  const db = testDb();
  const suffix = randomBytes(4).toString("hex");
  const password = `pw-${suffix}-secret`;
  const team = options.teamName
    ? await db.team.findUniqueOrThrow({ where: { name: options.teamName }, select: { id: true } })
    : null;
  const user = await db.user.create({
    data: {
      email: `e2e-${suffix}@test.example`,
      name: options.name ?? `E2E ${options.role.toLowerCase()} ${suffix}`,
      role: options.role,
      teamId: team?.id ?? null,
      locale: options.locale ?? null,
      passwordHash: await hashPassword(password),
      managedTeams: options.role === "MANAGER" && team ? { create: { teamId: team.id } } : undefined,
    },
  });
  return { id: user.id, email: user.email, password, name: user.name };
}

export async function deactivateUser(id: string): Promise<void> {
  await testDb().user.update({ where: { id }, data: { active: false } });
}

export async function setRole(id: string, role: "REP" | "MANAGER" | "ADMIN"): Promise<void> {
  await testDb().user.update({ where: { id }, data: { role } });
}

/** The id of the demo user with this email. */
export async function userIdByEmail(email: string): Promise<string> {
  return (await testDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

/** A rep of a team other than `teamName`. */
export async function repOutsideTeam(teamName: string): Promise<{ id: string; teamId: string }> {
  const rep = await testDb().user.findFirstOrThrow({
    where: { role: "REP", team: { name: { not: teamName } } },
    select: { id: true, teamId: true },
  });
  return { id: rep.id, teamId: rep.teamId ?? "" };
}

export async function teamIdByName(name: string): Promise<string> {
  return (await testDb().team.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
}

/** A working API token for `userId` (as the settings page would create it). */
export async function createApiToken(userId: string): Promise<{ id: string; token: string }> {
  const { generateToken, hashToken } = await import("../../../lib/api/tokens");
  const token = generateToken();
  const row = await testDb().apiToken.create({ data: { userId, name: "e2e", tokenHash: hashToken(token) } });
  return { id: row.id, token };
}

export async function revokeApiToken(id: string): Promise<void> {
  await testDb().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
}

export async function closeMonth(month: string): Promise<void> {
  const { monthToDate } = await import("../../../lib/month");
  await testDb().closedMonth.upsert({
    where: { month: monthToDate(month as never) },
    create: { month: monthToDate(month as never) },
    update: {},
  });
}

export async function scoreCount(userId: string): Promise<number> {
  return testDb().scoreEntry.count({ where: { userId } });
}

export async function auditCount(userId: string): Promise<number> {
  return testDb().scoreAudit.count({ where: { userId } });
}

export async function storedScore(userId: string, month: string) {
  const { monthToDate } = await import("../../../lib/month");
  return testDb().scoreEntry.findUnique({ where: { userId_month: { userId, month: monthToDate(month as never) } } });
}

/** A new team with a manager of its own. */
export async function createTeamWithManager(): Promise<{ teamId: string; teamName: string; manager: TestUser }> {
  const teamName = `E2E Team ${randomBytes(3).toString("hex")}`;
  const team = await testDb().team.create({ data: { name: teamName } });
  const manager = await createUser({ role: "MANAGER", teamName });
  return { teamId: team.id, teamName, manager };
}

/** A score entry straight in the database (pillars split evenly). */
export async function logScore(userId: string, month: string, total: number): Promise<void> {
  const { monthToDate } = await import("../../../lib/month");
  const pillar = (total / 4).toFixed(3);
  await testDb().scoreEntry.create({
    data: { userId, month: monthToDate(month as never), total, brand: pillar, people: pillar, insights: pillar, relationships: pillar },
  });
}

/** A working wall link for a team, as an admin would create it; returns its path. */
export async function createWallLinkFor(teamId: string): Promise<string> {
  const { generateToken, hashToken } = await import("../../../lib/api/tokens");
  const token = generateToken("");
  await testDb().wallLink.create({ data: { teamId, tokenHash: hashToken(token) } });
  return `/wall/${token}`;
}
