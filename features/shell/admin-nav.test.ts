import { describe, expect, it } from "vitest";
import { can, type Actor } from "@/platform/auth/permissions";
import en from "@/platform/i18n/messages/en.json";
import fr from "@/platform/i18n/messages/fr.json";
import { ADMIN_AREA, ADMIN_NAV } from "./admin-nav";

// One actor of each kind the permission engine tells apart.
const actors: Actor[] = [
  { id: "rep", role: "REP", active: true, teamId: "north", managedTeamIds: [] },
  { id: "manager", role: "MANAGER", active: true, teamId: null, managedTeamIds: ["north"] },
  { id: "manager-of-none", role: "MANAGER", active: true, teamId: "north", managedTeamIds: [] },
  { id: "admin", role: "ADMIN", active: true, teamId: null, managedTeamIds: [] },
  { id: "gone", role: "ADMIN", active: false, teamId: null, managedTeamIds: [] },
];

function message(catalogue: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((at, part) => (typeof at === "object" && at !== null ? (at as Record<string, unknown>)[part] : undefined), catalogue);
}

describe("the admin navigation", () => {
  it("names each page once", () => {
    expect(new Set(ADMIN_NAV.map((item) => item.href)).size).toBe(ADMIN_NAV.length);
  });

  it("labels each link in English and French", () => {
    for (const item of ADMIN_NAV) {
      expect(typeof message(en, item.label), item.label).toBe("string");
      expect(typeof message(fr, item.label), item.label).toBe("string");
    }
  });

  // The admin layout turns away whoever lacks ADMIN_AREA: a page of the area
  // that asks for another permission must not admit anyone the layout stops.
  it("leads inside the admin area only to pages the area's permission lets in", () => {
    for (const item of ADMIN_NAV.filter((i) => i.href === "/admin" || i.href.startsWith("/admin/"))) {
      for (const actor of actors) {
        if (can(actor, item.permission)) expect(can(actor, ADMIN_AREA), `${item.href} for ${actor.id}`).toBe(true);
      }
    }
  });

  it("is an admin's in full, and nobody else's", () => {
    for (const actor of actors) {
      const inArea = can(actor, ADMIN_AREA);
      expect(inArea, actor.id).toBe(actor.id === "admin");
      if (inArea) expect(ADMIN_NAV.every((item) => can(actor, item.permission)), actor.id).toBe(true);
    }
  });
});
