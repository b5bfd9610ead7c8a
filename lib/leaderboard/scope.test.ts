import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/permissions";
import { resolveScope, seesScores } from "./scope";

const rep: Actor = { id: "r", role: "REP", teamId: "north", managedTeamIds: [] };
const manager: Actor = { id: "m", role: "MANAGER", teamId: null, managedTeamIds: ["south", "north"] };
const admin: Actor = { id: "a", role: "ADMIN", teamId: null, managedTeamIds: [] };

describe("resolveScope", () => {
  it("defaults to the rep's team, the manager's first team, the admin's company", () => {
    expect(resolveScope(rep, null)).toEqual({ ok: true, scope: { kind: "team", teamId: "north" } });
    expect(resolveScope(manager, "")).toEqual({ ok: true, scope: { kind: "team", teamId: "south" } });
    expect(resolveScope(admin, undefined)).toEqual({ ok: true, scope: { kind: "company" } });
  });

  it("refuses another team to a rep or a manager, and the company to both", () => {
    expect(resolveScope(rep, "south")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(manager, "east")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(manager, "all")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(rep, "all")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(admin, "east")).toEqual({ ok: true, scope: { kind: "team", teamId: "east" } });
  });

  it("has no default board for a user without a team", () => {
    expect(resolveScope({ ...rep, teamId: null }, null)).toEqual({ ok: false, reason: "no-team" });
  });
});

describe("seesScores", () => {
  it("hides other reps' SSI from reps when the admin setting says so", () => {
    const team = { kind: "team", teamId: "north" } as const;
    expect(seesScores(rep, team, true)).toBe(true);
    expect(seesScores(rep, team, false)).toBe(false);
    expect(seesScores(manager, team, false)).toBe(true);
  });
});
