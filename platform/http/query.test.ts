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
    expect(read).toHaveBeenCalledWith({ month: "2026-11" }, admin, undefined);
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

  it("reads the subject once, and hands the same record to the permission and the read", async () => {
    const subject = vi.fn(async ({ month }: { month: string }) => ({ id: `rep-of-${month}`, teamId: "north", role: "REP" as const, active: true }));
    const permission = vi.fn((_user: SessionUser, _input: { month: string }, rep: { id: string; teamId: string; role: "REP"; active: boolean }) => ({ action: "view-rep" as const, rep }));
    const read = vi.fn(async (_input: { month: string }, _user: SessionUser, rep: { id: string }) => rep.id);
    expect(await runQuery(admin, { input, subject, permission, read }, { month: "2026-11" })).toBe("rep-of-2026-11");
    expect(subject).toHaveBeenCalledTimes(1);
    const [[, , given]] = permission.mock.calls as unknown as [[unknown, unknown, unknown]];
    expect(given).toBe(await subject.mock.results[0]?.value);
  });

  it("answers a subject that does not exist with not-found to those who may know it, forbidden to others, before any permission", async () => {
    const permission = vi.fn(() => ({ action: "administer" as const }));
    const definition = { input, subject: async () => null, permission, read: async () => "read" };
    await expect(runQuery(admin, definition, { month: "2026-11" })).rejects.toThrow(NotFound);
    await expect(runQuery(rep, definition, { month: "2026-11" })).rejects.toThrow(Forbidden);
    expect(permission).not.toHaveBeenCalled();
  });
});
