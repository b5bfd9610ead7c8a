import { describe, expect, it } from "vitest";
import { runImport } from "../../features/imports/mutations";
import { visibleBoard } from "../../features/board/visible-board";
import type { Actor, BoardScope } from "../../platform/auth/permissions";
import type { BoardKind } from "../../features/board/entries";
import type { Month } from "../../platform/time/month";
import { createApiToken, createScore, createTeam, createUser, storedScore, testDb } from "../factories";

// Every row of a (test-sized) board.
const WHOLE = { limit: 500, offset: 0 };

// The board as `user` may see it (features/board/visible-board.ts), the team named by id.
const boardFor = (user: Actor, scope: BoardScope, month: Month, kind: BoardKind, window = WHOLE) =>
  visibleBoard({ kind: "user", user }, { scope, team: scope.kind === "team" ? { id: scope.teamId, name: "" } : null }, month, kind, window);

const CURRENT = "2026-11";
const adminActor = { id: "admin", role: "ADMIN" as const, active: true, teamId: null, managedTeamIds: [] };
const unique = () => Math.random().toString(36).slice(2, 8);

async function importScores(text: string, dryRun = false) {
  const admin = await createUser({ role: "ADMIN" });
  return runImport("scores", text, { dryRun, actorId: admin.id, currentMonth: CURRENT });
}

describe("score history imports: the wide wall sheet", () => {
  it("reads a French Excel file (BOM, ';', decimal commas, French months) into totals-only entries", async () => {
    const team = await createTeam();
    const ann = await createUser({ teamId: team.id, name: `Ann ${unique()}` });
    const bob = await createUser({ teamId: team.id, name: `Bob ${unique()}` });
    const file = `\uFEFFNom;Équipe;janv. 2025;févr. 2025;mars 2025\r\n${ann.name};${team.name};40,5;42;\r\n${bob.email.toUpperCase()};;50;51,25;55\r\n`;
    expect(await importScores(file, true)).toMatchObject({ dryRun: true, created: 5, updated: 0, unchanged: 0, errors: [] });
    expect(await storedScore(ann.id, "2025-01")).toBeNull();

    expect(await importScores(file)).toMatchObject({ dryRun: false, created: 5, errors: [] });
    expect(await storedScore(ann.id, "2025-01")).toMatchObject({ source: "IMPORT", brand: null, relationships: null });
    expect((await storedScore(bob.id, "2025-02"))?.total.toString()).toBe("51.25");
    expect(await testDb().scoreAudit.count({ where: { userId: { in: [ann.id, bob.id] }, source: "IMPORT", action: "CREATE" } })).toBe(5);

    // Re-importing the same file changes nothing, not even the audit trail.
    const events = await testDb().auditEvent.count();
    expect(await importScores(file)).toMatchObject({ created: 0, updated: 0, unchanged: 5, errors: [] });
    expect(await testDb().auditEvent.count()).toBe(events);
    expect(await testDb().scoreAudit.count({ where: { userId: { in: [ann.id, bob.id] } } })).toBe(5);

    // The board ranks totals-only entries, with no pillars, and the progress board uses them.
    const board = await boardFor(adminActor, { kind: "team", teamId: team.id }, "2025-02", "improvement", WHOLE);
    expect(board.entries.map((e) => [e.name, e.figures?.progress, e.figures?.pillars.brand])).toEqual([
      [ann.name, "1.5", null],
      [bob.name, "1.25", null],
    ]);
  });

  it.each([
    ["2026-01", "2026-01"],
    ["Jan 2026", "2026-01"],
    ["January 2026", "2026-01"],
    ["01/2026", "2026-01"],
    ["janvier 2026", "2026-01"],
    ["Feb-26", "2026-02"],
    ["févr. 2026", "2026-02"],
  ])("reads the month heading %s as %s, with ',' between cells", async (heading, month) => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    expect(await importScores(`name,${heading}\n${rep.name},"44,5"\n`)).toMatchObject({ created: 1, errors: [] });
    expect((await storedScore(rep.id, month as "2026-01"))?.total.toString()).toBe("44.5");
  });

  it("refuses the whole file when one line is bad, naming each bad line and column", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id, name: `Cleo ${unique()}` });
    const inactive = await createUser({ active: false, name: `Gone ${unique()}` });
    const file = [
      "Name;2026-01;2026-02;Notes",
      `${rep.name};40;41`,
      `Nobody ${unique()};40;41`,
      `${inactive.name};40;41`,
      `${rep.name};101;x`,
    ].join("\n");
    // A "Notes" column is neither a person nor a month: left out, and listed as such.
    const refused = await importScores(file);
    expect(refused.reading?.columns.find((c) => c.heading === "Notes")?.meaning).toBe("ignore");
    expect(refused.errors).toEqual([
      { line: 3, field: "Name", code: "person-unknown" },
      { line: 4, field: "Name", code: "person-inactive" },
      { line: 5, field: "2026-01", code: "total-range", params: { decimals: "3" } },
      { line: 5, field: "2026-02", code: "not-a-number", params: { decimals: "3" } },
    ]);
    expect(await storedScore(rep.id, "2026-01")).toBeNull();
  });

  it("refuses a month in the future, a closed month, and a total that differs from an entry with pillars", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    await createScore(rep.id, "2019-05", 50);
    const result = await importScores(`email,2019-05,2026-12\n${rep.email},52,40\n`);
    expect(result.errors).toEqual([
      { line: 2, field: "2019-05", code: "score-conflict", params: { total: "50" } },
      { line: 2, field: "2026-12", code: "month-future" },
    ]);
    // The same total as the entry with pillars leaves it alone.
    expect(await importScores(`email,2019-05\n${rep.email},50\n`)).toMatchObject({ unchanged: 1, errors: [] });
    expect((await storedScore(rep.id, "2019-05"))?.brand?.toString()).toBe("12.5");
  });
});

describe("score history imports: the long layout", () => {
  it("imports pillars when given, totals alone when not, and updates an entry whose values changed", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const file = `email;month;total;brand;people;insights;relationships\n${rep.email};2025-06;45;12,5;11;10,5;11\n${rep.email};Jul 2025;47;;;;\n`;
    expect(await importScores(file)).toMatchObject({ created: 2, errors: [] });
    expect((await storedScore(rep.id, "2025-06"))?.brand?.toString()).toBe("12.5");
    expect(await storedScore(rep.id, "2025-07")).toMatchObject({ brand: null });
    const changed = file.replace(";47;", ";48;");
    expect(await importScores(changed)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await testDb().scoreAudit.findFirst({ where: { userId: rep.id, action: "UPDATE" } })).toMatchObject({ source: "IMPORT" });
  });

  it("names pillars that do not add up, a partial set of pillars, a duplicated line and an unreadable month", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const file = [
      "email,month,total,brand,people,insights,relationships",
      `${rep.email},2025-01,60,10,10,10,10`,
      `${rep.email},2025-02,40,10,10,,`,
      `${rep.email},2025-03,40,,,,`,
      `${rep.email},2025-03,41,,,,`,
      `${rep.email},13/2025,40,,,,`,
    ].join("\r\n");
    expect((await importScores(file)).errors).toEqual([
      { line: 2, field: "total", code: "total-mismatch", params: { sum: "40" } },
      { line: 3, field: "insights", code: "pillars-partial" },
      { line: 3, field: "relationships", code: "pillars-partial" },
      { line: 5, field: "month", code: "score-duplicate", params: { line: "4" } },
      { line: 6, field: "month", code: "month-unreadable" },
    ]);
    expect(await testDb().scoreEntry.count({ where: { userId: rep.id } })).toBe(0);
  });

  it("refuses a file that is neither text nor a workbook, a broken workbook and an empty file, and leaves out an unknown column", async () => {
    expect((await importScores("\u0001\u0002binary")).errors).toEqual([{ line: 0, field: "file", code: "not-csv" }]);
    expect((await importScores("PK\u0003\u0004")).errors).toEqual([{ line: 0, field: "file", code: "workbook-unreadable" }]);
    expect((await importScores("\uFEFF\r\n")).errors).toEqual([{ line: 0, field: "file", code: "file-empty" }]);
    const bonus = await importScores("email,month,total,bonus\n");
    expect(bonus.errors).toEqual([]);
    expect(bonus.reading?.columns.map((c) => c.meaning)).toEqual(["email", "month", "total", "ignore"]);
  });
});

describe("people imports", () => {
  it("create people and missing teams in one go, then change nothing on a second run", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const teamName = `Imported ${unique()}`;
    const a = `a.${unique()}@test.example`;
    const file = `name;email;role;team\nAlice Import;${a.toUpperCase()};commercial;${teamName}\n"=HYPERLINK(""http://x"",""y"")";b.${unique()}@test.example;Manager;${teamName}\n`;
    const dry = await runImport("people", file, { dryRun: true, actorId: admin.id, currentMonth: CURRENT });
    expect(dry).toMatchObject({ created: 2, teamsToCreate: [teamName], errors: [] });
    expect(await testDb().team.count({ where: { name: teamName } })).toBe(0);
    const done = await runImport("people", file, { dryRun: false, actorId: admin.id, currentMonth: CURRENT });
    expect(done).toMatchObject({ created: 2, errors: [] });
    expect(done.invitations).toHaveLength(2);
    const alice = await testDb().user.findUniqueOrThrow({ where: { email: a }, include: { team: true } });
    expect(alice).toMatchObject({ role: "REP", passwordHash: "", team: { name: teamName } });
    expect(await testDb().user.count({ where: { name: '=HYPERLINK("http://x","y")' } })).toBeGreaterThan(0);
    expect(await runImport("people", file, { dryRun: false, actorId: admin.id, currentMonth: CURRENT })).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it("refuses duplicated emails, unknown roles, archived teams and deactivated people, and writes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const archived = await createTeam();
    await testDb().team.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const gone = await createUser({ active: false });
    const e = `dup.${unique()}@test.example`;
    const file = [
      "Nom,E-mail,Rôle,Équipe",
      `One,${e},rep,`,
      `Two,${e},rep,`,
      `Three,three.${unique()}@test.example,boss,`,
      `Four,four.${unique()}@test.example,rep,${archived.name}`,
      `Five,${gone.email},rep,`,
    ].join("\n");
    const result = await runImport("people", file, { dryRun: false, actorId: admin.id, currentMonth: CURRENT });
    expect(result.errors).toEqual([
      { line: 3, field: "E-mail", code: "email-duplicate", params: { line: "2" } },
      { line: 4, field: "Rôle", code: "role-invalid" },
      { line: 5, field: "Équipe", code: "team-archived" },
      { line: 6, field: "E-mail", code: "person-inactive" },
    ]);
    expect(await testDb().user.count({ where: { email: e } })).toBe(0);
  });
});

describe("people imports and credentials", () => {
  it("a role changed by a people import ends that person's tokens, as a change on the people page does", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser({ teamId: (await createTeam()).id });
    const { id } = await createApiToken(rep.id);
    const result = await runImport("people", `name,email,role\n${rep.name},${rep.email},manager\n`, { dryRun: false, actorId: admin.id, currentMonth: CURRENT });
    expect(result).toMatchObject({ updated: 1, errors: [] });
    expect(await testDb().apiToken.findUnique({ where: { id }, select: { revokedReason: true } })).toEqual({ revokedReason: "role-changed" });
  });
});
