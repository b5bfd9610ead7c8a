// The pages' queries decide, once, what a page may show the user: the rep
// page's flags and controls, a team roster's figures and links, the admin
// lists. The components only draw what these return.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../platform/auth/data";
import { Forbidden } from "../../platform/errors/domain-errors";
import { runQuery } from "../../platform/http/query";
import { repPageQuery } from "../../features/scores/queries";
import { companyTeamsQuery, managedTeamsQuery, teamPageQuery } from "../../features/people/queries";
import { incentivesPageQuery, monthClosingQuery, pickableTeamsQuery } from "../../features/incentives/queries";
import { saveSettings } from "../../features/settings/mutations";
import { companyMonth, DEFAULT_SETTINGS } from "../../features/settings/data";
import { createHistory, createTeam, createUser, type TestUser } from "../factories";
import { sessionUserOf } from "./session-user";

async function session(user: TestUser): Promise<SessionUser> {
  const found = await sessionUserOf(user.id);
  if (!found) throw new Error("no session user");
  return found;
}

async function refused(call: Promise<unknown>): Promise<boolean> {
  return (await call.then(() => null, (e: unknown) => e)) instanceof Forbidden;
}

describe("a rep's page", () => {
  it("shows the rep their SSI without the flags, their manager the flags, and nobody else anything", async () => {
    const month = await companyMonth();
    const north = await createTeam();
    const rep = await session(await createUser({ teamId: north.id }));
    const teammate = await session(await createUser({ teamId: north.id }));
    const manager = await session(await createUser({ role: "MANAGER", manages: [north.id] }));
    // A 30-point jump: past any default limit, so the month is flagged.
    await createHistory(rep.id, month, [30, 60]);

    const own = await runQuery(rep, repPageQuery, { repId: rep.id });
    expect(own.summary?.latest.total).toBe("60");
    expect(own.summary?.flags.length).toBeGreaterThan(0);
    expect([own.flags, own.isSelf, own.mayLog, own.mayEditGoals]).toEqual([null, true, true, true]);

    const managed = await runQuery(manager, repPageQuery, { repId: rep.id });
    expect(managed.flags?.map((f) => f.kind)).toContain("jump");
    expect([managed.isSelf, managed.mayLog, managed.mayEditGoals]).toEqual([false, true, false]);
    expect(managed.rank).toEqual({ rank: 1, of: 1 });

    expect(await refused(runQuery(teammate, repPageQuery, { repId: rep.id }))).toBe(true);
  });
});

describe("a team's roster", () => {
  it("in names-only mode, shows reps names alone and a link to their own page; the manager every figure and link", async () => {
    const month = await companyMonth();
    const north = await createTeam();
    const rep = await session(await createUser({ teamId: north.id, name: "Ann North" }));
    const other = await createUser({ teamId: north.id, name: "Bob North" });
    await createHistory(rep.id, month, [50]);
    await createHistory(other.id, month, [60]);
    const manager = await session(await createUser({ role: "MANAGER", manages: [north.id] }));
    await saveSettings({ ...DEFAULT_SETTINGS, repsSeeScores: false }, null);
    try {
      const seen = await runQuery(rep, teamPageQuery, { teamId: north.id });
      expect(seen.showScores).toBe(false);
      expect(seen.roster.map((r) => [r.name, r.latestTotal, r.href])).toEqual([
        ["Ann North", null, `/reps/${rep.id}`],
        ["Bob North", null, null],
      ]);
      const run = await runQuery(manager, teamPageQuery, { teamId: north.id });
      expect(run.roster.map((r) => [r.latestTotal, r.href])).toEqual([
        ["50", `/reps/${rep.id}`],
        ["60", `/reps/${other.id}`],
      ]);
    } finally {
      await saveSettings(DEFAULT_SETTINGS, null);
    }
  });

  it("on a manager's home, is one per team they run; the company's team list is the admin's alone", async () => {
    const [north, south, east] = [await createTeam(), await createTeam(), await createTeam()];
    const manager = await session(await createUser({ role: "MANAGER", manages: [north.id, south.id] }));
    const admin = await session(await createUser({ role: "ADMIN" }));
    const rosters = await runQuery(manager, managedTeamsQuery, {});
    expect(rosters.map((r) => r.team.id).sort()).toEqual([north.id, south.id].sort());
    expect(await refused(runQuery(manager, companyTeamsQuery, {}))).toBe(true);
    expect((await runQuery(admin, companyTeamsQuery, {})).map((t) => t.id)).toContain(east.id);
  });
});

describe("the incentives pages", () => {
  it("offer a manager their own teams and no month closing; an admin closes months", async () => {
    const month = await companyMonth();
    const [north, south] = [await createTeam(), await createTeam()];
    const manager = await session(await createUser({ role: "MANAGER", manages: [north.id] }));
    const admin = await session(await createUser({ role: "ADMIN" }));
    const rep = await session(await createUser({ teamId: south.id, name: "Cleo South" }));

    expect(await runQuery(manager, pickableTeamsQuery, {})).toEqual([{ id: north.id, name: north.name }]);
    const page = await runQuery(manager, incentivesPageQuery, {});
    expect([page.teams, page.mayConfigureTiers, page.mayCloseMonths, page.companyOption]).toEqual([[{ id: north.id, name: north.name }], false, false, false]);
    expect(await refused(runQuery(rep, incentivesPageQuery, {}))).toBe(true);

    expect(await refused(runQuery(manager, monthClosingQuery, { month }))).toBe(true);
    const closing = await runQuery(admin, monthClosingQuery, { month });
    expect(closing.isClosed).toBe(false);
    expect(closing.missing.map((m) => m.userId)).toContain(rep.id);
  });
});
