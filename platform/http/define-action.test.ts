import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "./errors";
import type { SessionUser } from "@/platform/auth/data";
import { Forbidden, MonthClosed } from "@/platform/errors/domain-errors";
import { performAction } from "./define-action";

const admin: SessionUser = {
  id: "adm", role: "ADMIN", active: true, teamId: null, managedTeamIds: [], name: "Ada", email: "ada@example.com", teamName: null, locale: null,
};
const rep: SessionUser = { ...admin, id: "rep", role: "REP", teamId: "north", name: "Rey" };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const input = z.object({ name: z.string().trim().min(1, "required") });

describe("performAction", () => {
  it("validates, checks the permission, then runs with the parsed input and the user", async () => {
    const run = vi.fn(async ({ name }: { name: string }, user: SessionUser) => `${name} by ${user.id}`);
    const result = await performAction(admin, { input, permission: () => ({ action: "administer" }), run }, form({ name: " Wall ", extra: "x" }));
    expect(result).toEqual({ ok: true, data: "Wall by adm" });
    expect(run).toHaveBeenCalledWith({ name: "Wall" }, admin, undefined);
  });

  it("refuses invalid input with a code per field and runs nothing", async () => {
    const run = vi.fn(async () => null);
    const permission = vi.fn(() => ({ action: "administer" as const }));
    const result = await performAction(admin, { input, permission, run }, form({ name: "  " }));
    expect(result).toEqual({ ok: false, error: { code: "invalid", fields: { name: { code: "required" } } } });
    expect(permission).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a user the permission module says no to", async () => {
    const run = vi.fn(async () => null);
    expect(await performAction(rep, { input, permission: () => ({ action: "administer" }), run }, form({ name: "a" }))).toEqual({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("says not-found for a missing subject to admins only, forbidden to others", async () => {
    const missing = { input, permission: () => null, run: async () => null };
    expect(await performAction(admin, missing, form({ name: "a" }))).toEqual({ ok: false, error: { code: "not-found" } });
    expect(await performAction(rep, missing, form({ name: "a" }))).toEqual({ ok: false, error: { code: "forbidden" } });
  });

  it("lets a signed-out visitor do only what anyone may do", async () => {
    const anyone = { input, permission: () => ({ action: "anyone" as const }), run: async () => "done" };
    expect(await performAction(null, anyone, form({ name: "a" }))).toEqual({ ok: true, data: "done" });
    const adminOnly = { input, permission: () => ({ action: "administer" as const }), run: async () => "done" };
    expect(await performAction(null, adminOnly, form({ name: "a" }))).toEqual({ ok: false, error: { code: "forbidden" } });
  });

  it("turns domain errors into the API's codes and lets a bug through", async () => {
    const failing = (error: Error) => ({ input, permission: () => ({ action: "administer" as const }), run: async () => { throw error; } });
    expect(await performAction(admin, failing(new MonthClosed()), form({ name: "a" }))).toEqual({
      ok: false,
      error: { code: "month-closed", fields: { month: { code: "month-closed" } } },
    });
    expect(await performAction(admin, failing(new Forbidden()), form({ name: "a" }))).toEqual({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await performAction(admin, failing(new ApiError("not-found")), form({ name: "a" }))).toEqual({ ok: false, error: { code: "not-found" } });
    await expect(performAction(admin, failing(new TypeError("bug")), form({ name: "a" }))).rejects.toThrow("bug");
  });
});
