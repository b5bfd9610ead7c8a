// The company the authorization matrix is asked about: team North with its
// rep, its manager and a manager who sits in it but manages East; team South
// with its rep and manager; an admin; a deactivated admin; API tokens that are
// revoked, expired or read-only; a wall link of North. What each of them
// must not see is written once, as markers to look for in every answer.
import { randomBytes } from "node:crypto";
import { signIn } from "../../../../scripts/bench/app-server";
import { thisMonth } from "../../../../platform/time/calendar";
import { addMonths, monthToDate, type Month } from "../../../../platform/time/month";
import { closeMonth, createApiToken, createInvitationSecret, createTeam, createWallLinkSecret, createUser, deactivateUser, revokeApiToken, testDb, type TestTeam, type TestUser } from "../../../factories";

/** The signed-in people a cell can be asked as. */
export const PEOPLE = ["rep", "repOther", "manager", "managerOther", "managerSitting", "admin"] as const;
export type Who = (typeof PEOPLE)[number];

export const CALLERS = [
  "signed-out", ...PEOPLE, "deactivated", "revoked-token", "expired-token", "read-only-token", "wall-link",
] as const;
export type CallerName = (typeof CALLERS)[number];

export interface Caller {
  name: CallerName;
  /** Who the session cookie signs in, while that person is active. */
  session: Who | null;
  /** Who the API sees: the bearer token's owner when it works, else the session's. */
  api: Who | null;
  /** The API refuses this caller's writes (a read-only token). */
  readOnly: boolean;
  cookie?: string;
  bearer?: string;
}

/** Strong enough for the password rules, the same for everyone here. */
export const PASSWORD = "Matrix-correct-horse-battery-2026";

export interface World {
  base: string;
  month: Month;
  lastMonth: Month;
  /** A month the close and reopen cells switch back and forth. */
  oldMonth: Month;
  north: TestTeam;
  south: TestTeam;
  east: TestTeam;
  /** What the admin-only writes rename and change. */
  spareTeam: TestTeam;
  people: Record<Who, TestUser>;
  deactivated: TestUser;
  sparePerson: TestUser;
  /** The person the sign-in endpoint's cells sign in. */
  signer: TestUser;
  wallToken: string;
  revokedWallToken: string;
  invitationToken: string;
  /** Strings only those allowed may read: no refused answer may hold one. */
  markers: { repName: string; repEmail: string; repPillar: string; challenge: string; tier: string; auditReason: string; eastName: string };
  callers: Caller[];
}

const tag = () => randomBytes(3).toString("hex");

/** A challenge of North over this month. */
export async function northChallenge(world: Pick<World, "north" | "month">, title = `Challenge ${tag()}`): Promise<string> {
  const month = monthToDate(world.month);
  const row = await testDb().challenge.create({
    data: { title, kind: "gain", teamId: world.north.id, fromMonth: month, toMonth: month, target: 10, rewardText: "Dinner" },
  });
  return row.id;
}

/** The month the close and reopen cells use, open (what a close needs). */
export async function openOldMonth(world: World): Promise<string> {
  await testDb().closedMonth.deleteMany({ where: { month: monthToDate(world.oldMonth) } });
  return world.oldMonth;
}

/** The same month, closed (what a reopen needs). */
export async function closedOldMonth(world: World): Promise<string> {
  await closeMonth(world.oldMonth);
  return world.oldMonth;
}

/** Builds the company in the spec's database and signs everyone in on `base`. */
export async function buildWorld(base: string): Promise<World> {
  const db = testDb();
  const month = thisMonth();
  const [north, south, east, spareTeam] = [await createTeam("North Matrix"), await createTeam("South Matrix"), await createTeam(`East Matrix ${tag()}`), await createTeam("Spare Matrix")];
  const person = (role: TestUser["role"], teamId: string | null, manages?: string[], name?: string) =>
    createUser({ role, teamId, manages, name, password: PASSWORD });
  const people: Record<Who, TestUser> = {
    rep: await person("REP", north.id, undefined, "Rae Matrixaubert"),
    repOther: await person("REP", south.id),
    manager: await person("MANAGER", north.id),
    managerOther: await person("MANAGER", south.id),
    managerSitting: await person("MANAGER", north.id, [east.id]),
    admin: await person("ADMIN", null),
  };
  const deactivated = await person("ADMIN", null);
  const sparePerson = await person("REP", spareTeam.id);
  const signer = await person("REP", spareTeam.id);
  const invited = await createUser({ role: "REP", teamId: spareTeam.id });

  const markers = {
    repName: people.rep.name,
    repEmail: people.rep.email,
    repPillar: "15.11",
    challenge: `Dinner Matrix ${tag()}`,
    tier: `Platinum Matrix ${tag()}`,
    auditReason: `Matrix audit ${tag()}`,
    eastName: east.name,
  };
  const lastMonth = addMonths(month, -1);
  await db.scoreEntry.create({
    data: { userId: people.rep.id, month: monthToDate(lastMonth), total: 61.37, brand: 15.11, people: 16.09, insights: 14.52, relationships: 15.65 },
  });
  await db.scoreEntry.create({ data: { userId: people.repOther.id, month: monthToDate(lastMonth), total: 40, brand: 10, people: 10, insights: 10, relationships: 10 } });
  await northChallenge({ north, month }, markers.challenge);
  await db.tierSet.create({
    data: { effectiveFrom: monthToDate(addMonths(month, -24)), tiers: { create: [{ name: markers.tier, minTotal: 60, rewardText: "Bonus" }] } },
  });
  await db.auditEvent.create({ data: { kind: "month.reopen", actorId: people.admin.id, month: monthToDate(addMonths(month, -3)), reason: markers.auditReason } });
  const wall = await createWallLinkSecret(north.id);
  const revokedWall = await createWallLinkSecret(north.id);
  await db.wallLink.update({ where: { id: revokedWall.id }, data: { revokedAt: new Date() } });

  const cookies = Object.fromEntries(await Promise.all(PEOPLE.map(async (who) => [who, await signIn(base, people[who].email, PASSWORD)] as const))) as Record<Who, string>;
  const deactivatedCookie = await signIn(base, deactivated.email, PASSWORD);
  const deactivatedToken = await createApiToken(deactivated.id);
  await deactivateUser(deactivated.id);
  const revoked = await createApiToken(people.admin.id);
  await revokeApiToken(revoked.id);
  const expired = await createApiToken(people.admin.id, { expiresAt: new Date(Date.now() - 60_000) });
  const readOnly = await createApiToken(people.admin.id, { readOnly: true });

  const callers: Caller[] = [
    { name: "signed-out", session: null, api: null, readOnly: false },
    ...PEOPLE.map((who) => ({ name: who, session: who, api: who, readOnly: false, cookie: cookies[who] })),
    { name: "deactivated", session: null, api: null, readOnly: false, cookie: deactivatedCookie, bearer: deactivatedToken.token },
    { name: "revoked-token", session: null, api: null, readOnly: false, bearer: revoked.token },
    { name: "expired-token", session: null, api: null, readOnly: false, bearer: expired.token },
    { name: "read-only-token", session: null, api: "admin", readOnly: true, bearer: readOnly.token },
    { name: "wall-link", session: null, api: null, readOnly: false, bearer: wall.token },
  ];
  return {
    base, month, lastMonth, oldMonth: addMonths(month, -6), north, south, east, spareTeam, people, deactivated, sparePerson, signer,
    wallToken: wall.token, revokedWallToken: revokedWall.token, invitationToken: await createInvitationSecret(invited.id), markers, callers,
  };
}

/** Signs `who` in again (after a cell that ended their sessions) and keeps the new cookie. */
export async function renewSession(world: World, caller: Caller): Promise<void> {
  if (caller.session) caller.cookie = await signIn(world.base, world.people[caller.session].email, PASSWORD);
}
