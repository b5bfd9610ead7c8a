import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acceptInvitation } from "../../features/account/mutations";
import { findOpenInvitation } from "../../features/account/data";
import { commandForApi as runForApi } from "../../platform/http/command";
import { toApiError, type ApiError } from "../../platform/http/errors";
import { importFile } from "../../features/imports/commands";
import { addPerson, changePerson, sendPasswordLink } from "../../features/people/commands";
import { addTeam as addTeamCommand, changeTeam } from "../../features/people/team-commands";
import { visibleBoard } from "../../features/board/visible-board";
import type { Actor, BoardScope } from "../../platform/auth/permissions";
import type { BoardKind } from "../../features/board/entries";
import type { Month } from "../../platform/time/month";
import { createPerson, issuePasswordLink, updatePerson } from "../../features/people/mutations";
import { createTeam as addTeam, updateTeam } from "../../features/people/team-mutations";
import { authenticate } from "../../platform/auth/credentials";
import { companyMonth, DEFAULT_SETTINGS } from "../../features/settings/data";
import { saveSettings } from "../../features/settings/mutations";
import { loadWall } from "../../features/board/wall-screen-load";
import { createWallLink } from "../../features/board/wall-mutations";
import { createScore, createTeam, createUser, testDb } from "../factories";
import { sessionUserOf } from "./session-user";

// Every row of a (test-sized) board.
const WHOLE = { limit: 500, offset: 0 };

// The board as `user` may see it (features/board/visible-board.ts), the team named by id.
const boardFor = (user: Actor, scope: BoardScope, month: Month, kind: BoardKind, window = WHOLE) =>
  visibleBoard({ kind: "user", user }, { scope, team: scope.kind === "team" ? { id: scope.teamId, name: "" } : null }, month, kind, window);

const tokenOf = (path: string) => path.replace("/invite/", "");
const adminActor = { id: "admin", role: "ADMIN" as const, active: true, teamId: null, managedTeamIds: [] };

async function fieldCode(promise: Promise<unknown>): Promise<string | undefined> {
  // As the API and the forms see it: the domain error through the HTTP layer's one mapping.
  const error = toApiError(await promise.then(() => null, (caught: unknown) => caught));
  expect(error).not.toBeNull();
  return Object.values(error?.fields ?? {})[0]?.code;
}

describe("people", () => {
  it("are unique by email whatever its case", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const email = `Case.${Date.now()}@Test.Example`;
    await createPerson(admin.id, { name: "First", email: email.toLowerCase(), role: "REP", teamId: null, managedTeamIds: [] });
    expect(await fieldCode(createPerson(admin.id, { name: "Second", email: email.toLowerCase(), role: "REP", teamId: null, managedTeamIds: [] }))).toBe("email-taken");
  });

  it("change team from a month on: past boards show the team of their month", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const north = await createTeam();
    const south = await createTeam();
    const rep = await createUser({ teamId: north.id });
    await createScore(rep.id, "2024-03", 40);
    await createScore(rep.id, "2024-04", 45);
    await updatePerson(admin.id, { userId: rep.id, teamId: south.id }, "2024-04");

    const ids = async (teamId: string, month: "2024-03" | "2024-04") =>
      (await boardFor(adminActor, { kind: "team", teamId }, month, "score", WHOLE))?.entries.map((e) => e.userId);
    expect(await ids(north.id, "2024-03")).toEqual([rep.id]);
    expect(await ids(south.id, "2024-03")).toEqual([]);
    expect(await ids(south.id, "2024-04")).toEqual([rep.id]);
    expect(await ids(north.id, "2024-04")).toEqual([]);
    const company = await boardFor(adminActor, { kind: "company" }, "2024-03", "score", WHOLE);
    expect(company?.entries.find((e) => e.userId === rep.id)?.team?.id).toBe(north.id);
  });

  it("end their sessions on a role change or deactivation", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const before = await testDb().user.findUniqueOrThrow({ where: { id: rep.id } });
    await updatePerson(admin.id, { userId: rep.id, name: "Renamed" }, "2026-11");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: rep.id } })).sessionVersion).toBe(before.sessionVersion);
    await updatePerson(admin.id, { userId: rep.id, active: false }, "2026-11");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: rep.id } })).sessionVersion).toBe(before.sessionVersion + 1);
  });
});

describe("the last active admin", () => {
  let others: string[] = [];
  // Integration files run one at a time: this file may set the other admins aside.
  beforeEach(async () => {
    others = (await testDb().user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } })).map((u) => u.id);
    await testDb().user.updateMany({ where: { id: { in: others } }, data: { active: false } });
  });
  afterEach(async () => {
    await testDb().user.updateMany({ where: { id: { in: others } }, data: { active: true } });
  });

  it("cannot be demoted or deactivated, even by themselves", async () => {
    const admin = await createUser({ role: "ADMIN" });
    expect(await fieldCode(updatePerson(admin.id, { userId: admin.id, role: "MANAGER" }, "2026-11"))).toBe("last-admin");
    expect(await fieldCode(updatePerson(admin.id, { userId: admin.id, active: false }, "2026-11"))).toBe("last-admin");
    expect(await testDb().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
  });

  it("can step down once another admin exists, and two admins demoting each other at once leave one", async () => {
    const a = await createUser({ role: "ADMIN" });
    const b = await createUser({ role: "ADMIN" });
    const results = await Promise.allSettled([
      updatePerson(a.id, { userId: b.id, role: "REP" }, "2026-11"),
      updatePerson(b.id, { userId: a.id, role: "REP" }, "2026-11"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb().user.count({ where: { id: { in: [a.id, b.id] }, role: "ADMIN", active: true } })).toBe(1);
  });
});

describe("invitation links", () => {
  it("let the person set a password once, are stored hashed, and let them sign in", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const email = `invited.${Date.now()}@test.example`;
    const { id, invitation } = await createPerson(admin.id, { name: "Invited", email, role: "REP", teamId: null, managedTeamIds: [] });
    const token = tokenOf(invitation.path);
    expect(await testDb().invitation.count({ where: { tokenHash: token } })).toBe(0);
    expect(await authenticate({ email, password: "anything at all" })).toBeNull();

    expect(await findOpenInvitation(token)).toMatchObject({ email, purpose: "invite" });
    const signedIn = await acceptInvitation(token, "a long enough passphrase");
    expect(signedIn.id).toBe(id);
    expect(await authenticate({ email, password: "a long enough passphrase" })).toMatchObject({ id });
    expect(await findOpenInvitation(token)).toBeNull();
    await expect(acceptInvitation(token, "another passphrase here")).rejects.toMatchObject({ reason: "invitation-invalid" });
  });

  it("stop working after 7 days", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { invitation } = await createPerson(admin.id, { name: "Late", email: `late.${Date.now()}@test.example`, role: "REP", teamId: null, managedTeamIds: [] });
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    const sixDaysLater = new Date(Date.now() + 6 * 24 * 60 * 60 * 1000);
    expect(await findOpenInvitation(tokenOf(invitation.path), sixDaysLater)).not.toBeNull();
    expect(await findOpenInvitation(tokenOf(invitation.path), eightDaysLater)).toBeNull();
    await expect(acceptInvitation(tokenOf(invitation.path), "a long enough passphrase", eightDaysLater)).rejects.toMatchObject({ reason: "invitation-invalid" });
  });

  it("two submits of one link at once set the password once", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { invitation } = await createPerson(admin.id, { name: "Twice", email: `twice.${Date.now()}@test.example`, role: "REP", teamId: null, managedTeamIds: [] });
    const results = await Promise.allSettled([
      acceptInvitation(tokenOf(invitation.path), "first passphrase here"),
      acceptInvitation(tokenOf(invitation.path), "second passphrase here"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("a reset makes the old password and link stop working", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const first = await issuePasswordLink(admin.id, rep.id);
    const second = await issuePasswordLink(admin.id, rep.id);
    expect(await authenticate({ email: rep.email, password: rep.password })).toBeNull();
    expect(await findOpenInvitation(tokenOf(first?.path ?? ""))).toBeNull();
    expect(await findOpenInvitation(tokenOf(second?.path ?? ""))).toMatchObject({ purpose: "reset" });
  });
});

describe("teams", () => {
  it("are unique by name whatever its case, and cannot be archived while they have active members", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const name = `Lyon ${Date.now()}`;
    const { id } = await addTeam(admin.id, { name, managerIds: [] });
    expect(await fieldCode(addTeam(admin.id, { name: name.toUpperCase(), managerIds: [] }))).toBe("team-name-taken");
    const rep = await createUser({ teamId: id });
    expect(await fieldCode(updateTeam(admin.id, { teamId: id, archived: true }))).toBe("team-has-members");
    await updatePerson(admin.id, { userId: rep.id, active: false }, "2026-11");
    expect(await updateTeam(admin.id, { teamId: id, archived: true })).toBe(true);
  });

  it("take managers who are active managers only", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const manager = await createUser({ role: "MANAGER" });
    expect(await fieldCode(addTeam(admin.id, { name: `T ${Date.now()}`, managerIds: [rep.id] }))).toBe("manager-invalid");
    const { id } = await addTeam(admin.id, { name: `M ${Date.now()}`, managerIds: [manager.id] });
    expect(await testDb().teamManager.count({ where: { teamId: id, userId: manager.id } })).toBe(1);
  });
});

describe("company settings", () => {
  afterEach(async () => {
    await saveSettings(DEFAULT_SETTINGS, null);
  });

  it("the wall shows SSI as reps see it by default, and names and ranks only when the admin says so", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    await createScore(rep.id, await companyMonth(), 55);
    const token = await createWallLink(team.id, admin.id);
    expect((await loadWall(token))?.score[0]).toMatchObject({ total: "55" });

    await saveSettings({ ...DEFAULT_SETTINGS, repsSeeScores: false }, admin.id);
    expect((await loadWall(token))?.score[0]).toMatchObject({ rank: 1, name: rep.name, total: null, progress: null });
    await saveSettings({ ...DEFAULT_SETTINGS, repsSeeScores: false, wallShowsScores: true }, admin.id);
    expect((await loadWall(token))?.score[0]).toMatchObject({ total: "55" });
    await saveSettings({ ...DEFAULT_SETTINGS, wallShowsScores: false }, admin.id);
    expect(await loadWall(token)).toMatchObject({ showScores: false, challenges: [] });
    expect(await testDb().auditEvent.count({ where: { kind: "settings.update", actorId: admin.id } })).toBe(3);
  });

  it("the plausibility flags follow the admin's limits", async () => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    await createScore(rep.id, "2024-07", 40);
    await createScore(rep.id, "2024-08", 50);
    const flags = async () => (await boardFor(adminActor, { kind: "team", teamId: team.id }, "2024-08", "score", WHOLE))?.entries[0]?.flags;
    expect(await flags()).toEqual([]);
    await saveSettings({ ...DEFAULT_SETTINGS, jumpLimit: "9.5" }, null);
    expect(await flags()).toEqual([{ kind: "jump", delta: 10 }]);
  });

  it("the company time zone decides the current month", async () => {
    const newYearInParis = new Date("2026-12-31T23:30:00Z");
    expect(await companyMonth(newYearInParis)).toBe("2027-01");
    await saveSettings({ ...DEFAULT_SETTINGS, timeZone: "America/New_York" }, null);
    expect(await companyMonth(newYearInParis)).toBe("2026-12");
  });
});

describe("who may administer", () => {
  const commandForApi: typeof runForApi = (user, definition, body) => runForApi(user, { ...definition, revalidate: [] }, body);
  const refused = async (call: Promise<unknown>) => (await call.then(() => null, (e: unknown) => e)) as ApiError | null;

  it("only admins create teams and people, change them, send password links and import; nothing is written otherwise", async () => {
    const team = await createTeam();
    const manager = await sessionUserOf((await createUser({ role: "MANAGER", teamId: team.id })).id);
    const rep = await sessionUserOf((await createUser({ teamId: team.id })).id);
    const target = await createUser({ teamId: team.id });
    for (const user of [manager, rep]) {
      if (!user) throw new Error("test user not found");
      const name = `Sneaky ${user.id}`;
      expect(await refused(commandForApi(user, addTeamCommand, { name }))).toMatchObject({ code: "forbidden", status: 403 });
      expect(await refused(commandForApi(user, changeTeam, { teamId: team.id, name }))).toMatchObject({ code: "forbidden" });
      expect(await refused(commandForApi(user, addPerson, { name, email: `${user.id}@x.example`, role: "ADMIN" }))).toMatchObject({ code: "forbidden" });
      expect(await refused(commandForApi(user, changePerson, { userId: target.id, role: "ADMIN" }))).toMatchObject({ code: "forbidden" });
      expect(await refused(commandForApi(user, sendPasswordLink, { userId: target.id }))).toMatchObject({ code: "forbidden" });
      expect(await refused(commandForApi(user, importFile, { kind: "people", file: `name,email\n${name},${user.id}@y.example\n`, dryRun: false }))).toMatchObject({ code: "forbidden" });
      expect(await testDb().team.count({ where: { name } })).toBe(0);
      expect(await testDb().user.count({ where: { name } })).toBe(0);
    }
    expect(await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "REP" });
    expect(await testDb().invitation.count({ where: { userId: target.id } })).toBe(0);
  });
});
