import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/platform/auth/data";
import { Forbidden, Invalid, NotFound } from "@/platform/errors/domain-errors";
import { runQuery } from "./query";

const admin: SessionUser = {
  id: "adm", role: "ADMIN", active: true, teamId: null, managedTeamIds: [], name: "Ada", email: "ada@example.com", teamName: null, locale: null,
};
const rep: SessionUser = { ...admin, id: "rep", role: "REP", teamId: "north", name: "Rey" };
const input = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, "month-invalid") });

describe("runQuery", () => {
  it("validates, checks the permission once, then reads with the parsed input and the user", async () => {
    const read = vi.fn(async ({ month }: { month: string }, user: SessionUser) => `${month} for ${user.id}`);
    const permission = vi.fn(() => ({ action: "administer" as const }));
    expect(await runQuery(admin, { input, permission, read }, { month: "2026-11", extra: "x" })).toBe("2026-11 for adm");
    expect(permission).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith({ month: "2026-11" }, admin);
  });

  it("refuses bad input field by field, before the permission and without reading", async () => {
    const read = vi.fn(async () => null);
    const permission = vi.fn(() => ({ action: "administer" as const }));
    const refused = runQuery(admin, { input, permission, read }, { month: "november" });
    await expect(refused).rejects.toThrow(Invalid);
    await expect(refused).rejects.toMatchObject({ fields: { month: { code: "month-invalid" } } });
    expect(permission).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  it("refuses a control character in any value", async () => {
    const refused = runQuery(admin, { input, permission: () => ({ action: "administer" }), read: async () => null }, { month: "2026-11\u0000" });
    await expect(refused).rejects.toMatchObject({ fields: { month: { code: "control-characters" } } });
  });

  it("refuses a user the permission engine says no to, without reading", async () => {
    const read = vi.fn(async () => null);
    await expect(runQuery(rep, { input, permission: () => ({ action: "administer" }), read }, { month: "2026-11" })).rejects.toThrow(Forbidden);
    expect(read).not.toHaveBeenCalled();
  });

  it("answers a missing subject with not-found to those who may know it, forbidden to others", async () => {
    const definition = { input, permission: () => null, read: async () => null };
    await expect(runQuery(admin, definition, { month: "2026-11" })).rejects.toThrow(NotFound);
    await expect(runQuery(rep, definition, { month: "2026-11" })).rejects.toThrow(Forbidden);
  });
});
