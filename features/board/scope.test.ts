import { describe, expect, it } from "vitest";
import type { Actor } from "@/platform/auth/permissions";
import { resolveScope } from "./scope";

const rep: Actor = { id: "r", role: "REP", active: true, teamId: "north", managedTeamIds: [] };
const manager: Actor = { id: "m", role: "MANAGER", active: true, teamId: null, managedTeamIds: ["south", "north"] };
const admin: Actor = { id: "a", role: "ADMIN", active: true, teamId: null, managedTeamIds: [] };

describe("resolveScope", () => {
  it("defaults to the rep's team, the manager's first team, the admin's company", () => {
    expect(resolveScope(rep, null)).toEqual({ ok: true, scope: { kind: "team", teamId: "north" } });
    expect(resolveScope(manager, "")).toEqual({ ok: true, scope: { kind: "team", teamId: "south" } });
    expect(resolveScope(admin, undefined)).toEqual({ ok: true, scope: { kind: "company" } });
  });

  it("refuses boards the user may not see", () => {
    expect(resolveScope(rep, "south")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(manager, "east")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(manager, "all")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(rep, "all")).toEqual({ ok: false, reason: "forbidden" });
    expect(resolveScope(admin, "east")).toEqual({ ok: true, scope: { kind: "team", teamId: "east" } });
    expect(resolveScope(admin, "all")).toEqual({ ok: true, scope: { kind: "company" } });
  });

  it("says when a user has no team to show", () => {
    expect(resolveScope({ ...rep, teamId: null }, null)).toEqual({ ok: false, reason: "no-team" });
    expect(resolveScope({ ...manager, managedTeamIds: [] }, null)).toEqual({ ok: false, reason: "no-team" });
  });
});
