import { describe, expect, it } from "vitest";
import {
  can,
  defaultBoard,
  credentialsEndOn,
  endsSessions,
  hasScores,
  homeView,
  keepsAnAdmin,
  losesAnAdmin,
  managesTeams,
  pickableTeams,
  type Actor,
  type Permission,
  type Standing,
  type Subject,
  writesMonth,
} from "./permissions";

// Every principal the rules must tell apart. "north" is the team under test.
const principals = {
  rep: { id: "rep-a", role: "REP", active: true, teamId: "north", managedTeamIds: [] },
  repOfOtherTeam: { id: "rep-c", role: "REP", active: true, teamId: "south", managedTeamIds: [] },
  managerOfTeam: { id: "mgr-n", role: "MANAGER", active: true, teamId: null, managedTeamIds: ["north"] },
  managerSittingInTeam: { id: "mgr-s", role: "MANAGER", active: true, teamId: "north", managedTeamIds: ["south"] },
  managerOfOtherTeam: { id: "mgr-o", role: "MANAGER", active: true, teamId: null, managedTeamIds: ["south"] },
  admin: { id: "adm", role: "ADMIN", active: true, teamId: null, managedTeamIds: [] },
  deactivated: { id: "old", role: "ADMIN", active: false, teamId: "north", managedTeamIds: ["north"] },
} satisfies Record<string, Actor>;
type Principal = keyof typeof principals;
const order = Object.keys(principals) as Principal[];

const repA: Subject = { id: "rep-a", role: "REP", active: true, teamId: "north" };
const north = { kind: "team", teamId: "north" } as const;
const company = { kind: "company" } as const;

// One row a permission; one column a principal, in the order above.
const table: [string, Permission, boolean[]][] = [
  ["view-rep", { action: "view-rep", rep: repA }, [true, false, true, false, false, true, false]],
  ["edit-scores", { action: "edit-scores", rep: repA }, [true, false, true, false, false, true, false]],
  ["edit-goals", { action: "edit-goals", rep: repA }, [true, false, false, false, false, false, false]],
  ["see-flags", { action: "see-flags", rep: repA }, [false, false, true, false, false, true, false]],
  ["view-team", { action: "view-team", teamId: "north" }, [true, false, true, true, false, true, false]],
  ["manage-team", { action: "manage-team", teamId: "north" }, [false, false, true, false, false, true, false]],
  ["view-board team", { action: "view-board", scope: north }, [true, false, true, true, false, true, false]],
  ["view-board company", { action: "view-board", scope: company }, [false, false, false, false, false, true, false]],
  ["see-scores names-only", { action: "see-scores", scope: north, repsSeeScores: false }, [false, false, true, false, false, true, false]],
  ["see-scores allowed", { action: "see-scores", scope: north, repsSeeScores: true }, [true, false, true, true, false, true, false]],
  ["see-scores company", { action: "see-scores", scope: company, repsSeeScores: true }, [false, false, false, false, false, true, false]],
  ["see-board-flags", { action: "see-board-flags", scope: north }, [false, false, true, false, false, true, false]],
  ["see-board-flags company", { action: "see-board-flags", scope: company }, [false, false, false, false, false, true, false]],
  ["view-company", { action: "view-company" }, [false, false, false, false, false, true, false]],
  ["administer", { action: "administer" }, [false, false, false, false, false, true, false]],
  ["correct-closed-month", { action: "correct-closed-month" }, [false, false, false, false, false, true, false]],
  ["configure-tiers", { action: "configure-tiers" }, [false, false, false, false, false, true, false]],
  ["close-months", { action: "close-months" }, [false, false, false, false, false, true, false]],
  ["manage-challenge team", { action: "manage-challenge", teamId: "north" }, [false, false, true, false, false, true, false]],
  ["manage-challenge company", { action: "manage-challenge", teamId: null }, [false, false, false, false, false, true, false]],
  ["manage-challenges", { action: "manage-challenges" }, [false, false, true, true, true, true, false]],
  ["view-payouts team", { action: "view-payouts", scope: north }, [false, false, true, false, false, true, false]],
  ["view-payouts company", { action: "view-payouts", scope: company }, [false, false, false, false, false, true, false]],
  ["manage-tokens of the rep", { action: "manage-tokens", ownerId: "rep-a" }, [true, false, false, false, false, false, false]],
  ["edit-account of the rep", { action: "edit-account", ownerId: "rep-a" }, [true, false, false, false, false, false, false]],
  ["anyone", { action: "anyone" }, [true, true, true, true, true, true, false]],
];

describe("can: every permission for every principal", () => {
  for (const [name, permission, expected] of table) {
    it(name, () => {
      const actual = order.map((p) => can(principals[p], permission));
      expect(Object.fromEntries(order.map((p, i) => [p, actual[i]]))).toEqual(
        Object.fromEntries(order.map((p, i) => [p, expected[i]])),
      );
    });
  }
});

describe("writesMonth: the months of a rep's scores, once edit-scores admitted the user", () => {
  it("gives a rep this month and the one before, a manager or admin any month", () => {
    const months = ["2026-11", "2026-10", "2026-09", "2025-01"] as const;
    const writes = (p: Principal) => months.map((m) => writesMonth(principals[p], m, "2026-11"));
    expect(writes("rep")).toEqual([true, true, false, false]);
    expect(writes("managerOfTeam")).toEqual([true, true, true, true]);
    expect(writes("admin")).toEqual([true, true, true, true]);
  });
});

describe("can: the subject must be an active rep", () => {
  const coManager: Subject = { id: "mgr-s", role: "MANAGER", active: true, teamId: "north" };
  const formerRep: Subject = { ...repA, active: false };

  it("does not let a manager view or edit a co-manager who sits in their team", () => {
    expect(can(principals.managerOfTeam, { action: "view-rep", rep: coManager })).toBe(false);
    expect(can(principals.managerOfTeam, { action: "edit-scores", rep: coManager })).toBe(false);
    expect(can(principals.admin, { action: "edit-scores", rep: coManager })).toBe(false);
  });

  it("gives a demoted manager (now a rep) nothing of the teams he still has on record", () => {
    const demoted: Actor = { ...principals.managerOfTeam, role: "REP", teamId: "south" };
    expect(can(demoted, { action: "manage-team", teamId: "north" })).toBe(false);
    expect(can(demoted, { action: "view-rep", rep: repA })).toBe(false);
    expect(can(demoted, { action: "see-board-flags", scope: north })).toBe(false);
  });

  it("does not let anyone edit a deactivated rep's scores or goals", () => {
    for (const action of ["view-rep", "edit-scores", "see-flags"] as const) {
      expect(can(principals.admin, { action, rep: formerRep }), action).toBe(false);
      expect(can(principals.managerOfTeam, { action, rep: formerRep }), action).toBe(false);
    }
    expect(can({ ...principals.rep }, { action: "edit-goals", rep: formerRep })).toBe(false);
  });
});

describe("defaults", () => {
  it("lands an admin on the company board, a manager on their first team, a rep on their own", () => {
    expect(defaultBoard(principals.admin)).toEqual(company);
    expect(defaultBoard({ ...principals.managerSittingInTeam, managedTeamIds: ["south", "east"] })).toEqual({ kind: "team", teamId: "south" });
    expect(defaultBoard(principals.rep)).toEqual(north);
    expect(defaultBoard({ ...principals.rep, teamId: null })).toBeNull();
    expect(defaultBoard({ ...principals.managerOfTeam, managedTeamIds: [] })).toBeNull();
  });

  it("offers every team to admins, the managed teams to managers, and a rep's own team", () => {
    expect(pickableTeams(principals.admin)).toBe("every");
    expect(pickableTeams(principals.managerSittingInTeam)).toEqual(["south"]);
    expect(pickableTeams(principals.rep)).toEqual(["north"]);
    expect(pickableTeams({ ...principals.rep, teamId: null })).toEqual([]);
  });

  it("shows admins every team, managers their teams, reps their SSI", () => {
    expect(homeView(principals.admin)).toBe("teams");
    expect(homeView(principals.managerOfTeam)).toBe("managed-teams");
    expect(homeView(principals.rep)).toBe("own-ssi");
  });
});


describe("what a role brings, and a change of role or standing", () => {
  const admin: Standing = { role: "ADMIN", active: true };
  const rep: Standing = { role: "REP", active: true };

  it("gives scores to reps alone, and teams to manage to managers alone", () => {
    expect([hasScores("REP"), hasScores("MANAGER"), hasScores("ADMIN")]).toEqual([true, false, false]);
    expect([managesTeams("REP"), managesTeams("MANAGER"), managesTeams("ADMIN")]).toEqual([false, true, false]);
  });

  it("ends a person's sessions when their role changes or they are deactivated, not otherwise", () => {
    expect(endsSessions(rep, { role: "MANAGER", active: true })).toBe(true);
    expect(endsSessions(rep, { role: "REP", active: false })).toBe(true);
    expect(endsSessions(rep, rep)).toBe(false);
    expect(endsSessions({ role: "REP", active: false }, rep)).toBe(false);
  });

  it("names why a change ends a person's credentials: a deactivation before a role change, a reactivation never", () => {
    expect(credentialsEndOn(rep, { role: "MANAGER", active: true })).toBe("role-changed");
    expect(credentialsEndOn(rep, { role: "REP", active: false })).toBe("deactivated");
    expect(credentialsEndOn(rep, { role: "ADMIN", active: false })).toBe("deactivated");
    expect(credentialsEndOn({ role: "REP", active: false }, rep)).toBeNull();
    expect(credentialsEndOn(rep, rep)).toBeNull();
  });

  it("knows a change that takes an active admin away", () => {
    expect(losesAnAdmin(admin, rep)).toBe(true);
    expect(losesAnAdmin(admin, { role: "ADMIN", active: false })).toBe(true);
    expect(losesAnAdmin(admin, admin)).toBe(false);
    expect(losesAnAdmin({ role: "ADMIN", active: false }, rep)).toBe(false);
    expect(losesAnAdmin(rep, admin)).toBe(false);
  });

  it("keeps the company with an active admin while one stays or arrives", () => {
    const people = [{ id: "ada", ...admin }, { id: "bob", ...admin }, { id: "rae", ...rep }];
    expect(keepsAnAdmin(people, new Map([["ada", rep]]))).toBe(true);
    expect(keepsAnAdmin(people, new Map([["ada", rep], ["bob", { role: "ADMIN", active: false }]]))).toBe(false);
    expect(keepsAnAdmin(people, new Map([["ada", rep], ["bob", rep]]), [admin])).toBe(true);
    expect(keepsAnAdmin(people, new Map([["ada", rep], ["bob", rep]]), [{ role: "ADMIN", active: false }, rep])).toBe(false);
    // A rep made admin by the same change counts.
    expect(keepsAnAdmin(people, new Map([["ada", rep], ["bob", rep], ["rae", admin]]))).toBe(true);
    expect(keepsAnAdmin([{ id: "old", role: "ADMIN", active: false }], new Map())).toBe(false);
  });
});
