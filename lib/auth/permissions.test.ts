import { describe, expect, it } from "vitest";
import { can, authorize, ForbiddenError, type Actor } from "./permissions";

const rep: Actor = { id: "rep-a", role: "REP", teamId: "north", managedTeamIds: [] };
const manager: Actor = { id: "mgr", role: "MANAGER", teamId: "north", managedTeamIds: ["north"] };
const admin: Actor = { id: "adm", role: "ADMIN", teamId: null, managedTeamIds: [] };
const otherRepSameTeam = { id: "rep-b", teamId: "north" };
const repOfOtherTeam = { id: "rep-c", teamId: "south" };

describe("can", () => {
  it("lets a rep view and edit only their own data", () => {
    expect(can(rep, { action: "view-rep", rep: { id: "rep-a", teamId: "north" } })).toBe(true);
    expect(can(rep, { action: "edit-scores", rep: { id: "rep-a", teamId: "north" } })).toBe(true);
    expect(can(rep, { action: "view-rep", rep: otherRepSameTeam })).toBe(false);
    expect(can(rep, { action: "edit-scores", rep: otherRepSameTeam })).toBe(false);
  });

  it("lets a rep see their own team's board but not another team's", () => {
    expect(can(rep, { action: "view-team", teamId: "north" })).toBe(true);
    expect(can(rep, { action: "view-team", teamId: "south" })).toBe(false);
    expect(can(rep, { action: "manage-team", teamId: "north" })).toBe(false);
  });

  it("lets a manager manage the reps of the teams they manage, and no others", () => {
    expect(can(manager, { action: "view-rep", rep: otherRepSameTeam })).toBe(true);
    expect(can(manager, { action: "edit-scores", rep: otherRepSameTeam })).toBe(true);
    expect(can(manager, { action: "manage-team", teamId: "north" })).toBe(true);
    expect(can(manager, { action: "view-rep", rep: repOfOtherTeam })).toBe(false);
    expect(can(manager, { action: "view-team", teamId: "south" })).toBe(false);
    expect(can(manager, { action: "administer" })).toBe(false);
  });

  it("does not let a demoted manager (role REP) manage their former team", () => {
    const demoted: Actor = { ...manager, role: "REP" };
    expect(can(demoted, { action: "manage-team", teamId: "north" })).toBe(false);
    expect(can(demoted, { action: "view-rep", rep: otherRepSameTeam })).toBe(false);
  });

  it("lets an admin do everything", () => {
    expect(can(admin, { action: "view-rep", rep: repOfOtherTeam })).toBe(true);
    expect(can(admin, { action: "manage-team", teamId: "south" })).toBe(true);
    expect(can(admin, { action: "administer" })).toBe(true);
  });
});

describe("goals and flags", () => {
  it("lets only the rep edit their goals, not even their manager or an admin", () => {
    const own = { id: "rep-a", teamId: "north" };
    expect(can(rep, { action: "edit-goals", rep: own })).toBe(true);
    expect(can(manager, { action: "edit-goals", rep: own })).toBe(false);
    expect(can(admin, { action: "edit-goals", rep: own })).toBe(false);
  });

  it("shows plausibility flags to managers and admins, never to the rep", () => {
    const own = { id: "rep-a", teamId: "north" };
    expect(can(rep, { action: "see-flags", rep: own })).toBe(false);
    expect(can(manager, { action: "see-flags", rep: own })).toBe(true);
    expect(can(manager, { action: "see-flags", rep: repOfOtherTeam })).toBe(false);
    expect(can(admin, { action: "see-flags", rep: own })).toBe(true);
  });
});

describe("authorize", () => {
  it("throws ForbiddenError when the action is not allowed", () => {
    expect(() => authorize(rep, { action: "administer" })).toThrow(ForbiddenError);
    expect(() => authorize(admin, { action: "administer" })).not.toThrow();
  });
});
