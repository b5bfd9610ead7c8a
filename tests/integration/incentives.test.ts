import { describe, expect, it } from "vitest";
import { performAction } from "../../platform/http/define-action";
import { commandForApi as runForApi } from "../../platform/http/command";
import { toApiError } from "../../platform/http/errors";
import type { SessionUser } from "../../platform/auth/data";
import { addChallenge, closeMonthCommand, putTierSet, removeChallenge, reopenMonthCommand } from "../../features/incentives/commands";
import { loadPayoutInputs, loadStandings } from "../../features/incentives/load";
import { payoutsQuery } from "../../features/incentives/queries";
import { runQuery } from "../../platform/http/query";
import { incentivesOf } from "../../features/incentives/standings";
import { monthToDate } from "../../platform/time/month";
import { findScore, auditTrail } from "../../features/scores/data";
import { saveScoreCommand } from "../../features/scores/commands";
import { createScore, createTeam, createUser, testDb, type TestUser } from "../factories";
import { sessionUserOf } from "./session-user";

// Outside a Next.js request there are no pages to revalidate.
const commandForApi: typeof runForApi = (user, definition, body) => runForApi(user, { ...definition, revalidate: [] }, body);

async function actor(user: TestUser): Promise<SessionUser> {
  const found = await sessionUserOf(user.id);
  if (!found) throw new Error("test user not found");
  return found;
}

/** The API error a call is refused with: its code and its fields' codes. */
async function refusal(call: Promise<unknown>) {
  const caught = toApiError(await call.then(() => null, (e: unknown) => e));
  if (!caught) throw new Error(`expected a refusal the API reports`);
  return { code: caught.code, status: caught.status, fields: Object.fromEntries(Object.entries(caught.fields).map(([k, v]) => [k, v.code])) };
}

// The score form's command, as its action and the API run it.
const formScore = saveScoreCommand(["FORM"]);
const saveScoreFor = (user: SessionUser, repId: string, fields: Record<string, unknown>) => commandForApi(user, formScore, { ...fields, repId });

const score = (month: string, brand: string) => ({ month, brand, people: "10", insights: "10", relationships: "10" });

describe("tiers", () => {
  it("judge each month by the set in force then; a new set never changes an earlier month, and a closed month refuses a set", async () => {
    const admin = await actor(await createUser({ role: "ADMIN" }));
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    await createScore(rep.id, "2023-02", 72);
    await createScore(rep.id, "2023-03", 72);
    const eur = (amount: string) => ({ text: "Bonus", amount, currency: "EUR" });
    await commandForApi(admin, putTierSet, { effectiveFrom: "2023-02", tiers: [{ name: "Gold", minTotal: 70, reward: eur("150") }] });
    await commandForApi(admin, putTierSet, { effectiveFrom: "2023-03", tiers: [{ name: "Silver", minTotal: 60, reward: eur("75") }, { name: "Platinum", minTotal: 80, reward: eur("300") }] });
    // Later months have no tiers, so the rest of the suite is not affected.
    await commandForApi(admin, putTierSet, { effectiveFrom: "2023-04", tiers: [] });

    const tierIn = async (month: "2023-02" | "2023-03") => incentivesOf(await loadStandings(month, [team.id]), rep.id).tier?.name ?? null;
    expect(await tierIn("2023-02")).toBe("Gold");
    expect(await tierIn("2023-03")).toBe("Silver");
    // A rep in no team still earns a tier.
    const loner = await createUser({ teamId: null });
    await createScore(loner.id, "2023-02", 71);
    expect(incentivesOf(await loadStandings("2023-02", [], [loner.id]), loner.id).tier?.name).toBe("Gold");

    await commandForApi(admin, closeMonthCommand, { month: "2023-03" });
    expect(await refusal(commandForApi(admin, putTierSet, { effectiveFrom: "2023-03", tiers: [] }))).toEqual({
      code: "month-closed", status: 409, fields: { effectiveFrom: "tiers-month-closed" },
    });
    expect(await tierIn("2023-03")).toBe("Silver");
    expect(await testDb().auditEvent.count({ where: { kind: "tiers.set", actorId: admin.id } })).toBe(3);
  });

  it("may be set only by admins", async () => {
    const { id: teamId } = await createTeam();
    const manager = await actor(await createUser({ role: "MANAGER", teamId }));
    expect(await refusal(commandForApi(manager, putTierSet, { effectiveFrom: "2031-01", tiers: [] }))).toMatchObject({ code: "forbidden", status: 403 });
    expect(await testDb().tierSet.count({ where: { effectiveFrom: monthToDate("2031-01") } })).toBe(0);
  });
});

describe("month closing", () => {
  it("closes once, reopens only with a reason, and audits both", async () => {
    const admin = await actor(await createUser({ role: "ADMIN" }));
    await commandForApi(admin, closeMonthCommand, { month: "2023-05", reason: "payroll sent" });
    expect(await refusal(commandForApi(admin, closeMonthCommand, { month: "2023-05" }))).toEqual({
      code: "month-already-closed", status: 409, fields: { month: "month-already-closed" },
    });
    expect(await refusal(commandForApi(admin, reopenMonthCommand, { month: "2023-05" }))).toEqual({
      code: "invalid", status: 400, fields: { reason: "reason-required" },
    });
    expect(await refusal(commandForApi(admin, reopenMonthCommand, { month: "2023-06", reason: "x" }))).toMatchObject({ code: "month-not-closed", status: 409 });
    expect(await refusal(commandForApi(admin, closeMonthCommand, { month: "2999-01" }))).toMatchObject({ fields: { month: "month-future" } });
    await commandForApi(admin, reopenMonthCommand, { month: "2023-05", reason: "late entry for Ana" });
    const events = await testDb().auditEvent.findMany({ where: { actorId: admin.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.kind, e.reason])).toEqual([["month.close", "payroll sent"], ["month.reopen", "late entry for Ana"]]);
    expect(await testDb().closedMonth.count({ where: { month: monthToDate("2023-05") } })).toBe(0);
  });

  it("refuses a close or reopen note with a NUL or another control character, from the API or the form, and stores nothing", async () => {
    const admin = await actor(await createUser({ role: "ADMIN" }));
    for (const reason of ["payroll\u0000sent", "\u0000", "bell\u0007", "esc\u001b[31m"]) {
      expect(await refusal(commandForApi(admin, closeMonthCommand, { month: "2021-03", reason })), JSON.stringify(reason)).toEqual({
        code: "invalid", status: 400, fields: { reason: "control-characters" },
      });
      const form = new FormData();
      form.set("month", "2021-03");
      form.set("reason", reason);
      expect(await performAction(admin, { ...closeMonthCommand, revalidate: [] }, form)).toEqual({ ok: false, error: { code: "invalid", fields: { reason: { code: "control-characters" } } } });
    }
    expect(await testDb().closedMonth.count({ where: { month: monthToDate("2021-03") } })).toBe(0);
    expect(await testDb().auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
    // A note keeps its lines.
    await commandForApi(admin, closeMonthCommand, { month: "2021-03", reason: "payroll sent\nsee the sheet" });
    expect((await testDb().auditEvent.findFirst({ where: { actorId: admin.id } }))?.reason).toBe("payroll sent\nsee the sheet");
  });

  it("locks a closed month for reps and managers (409), lets an admin correct it with a reason kept in the audit trail", async () => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    const manager = await actor(await createUser({ role: "MANAGER", teamId: team.id }));
    const admin = await actor(await createUser({ role: "ADMIN" }));
    await createScore(rep.id, "2023-07", 40);
    await commandForApi(admin, closeMonthCommand, { month: "2023-07" });

    expect(await refusal(saveScoreFor(manager, rep.id, score("2023-07", "20")))).toMatchObject({ code: "month-closed", status: 409 });
    expect(await refusal(saveScoreFor(admin, rep.id, score("2023-07", "20")))).toEqual({
      code: "month-closed", status: 409, fields: { reason: "reason-required" },
    });
    expect((await findScore(rep.id, "2023-07"))?.total).toBe("40");

    await saveScoreFor(admin, rep.id, { ...score("2023-07", "20"), reason: "typo: brand was 20" });
    expect((await findScore(rep.id, "2023-07"))?.total).toBe("50");
    const [latest] = await auditTrail(rep.id);
    expect(latest).toMatchObject({ action: "UPDATE", reason: "typo: brand was 20", actorName: admin.name });
  });

  it("lets a rep log only this month and the last; a manager may change older months", async () => {
    const team = await createTeam();
    const repUser = await createUser({ teamId: team.id });
    const rep = await actor(repUser);
    const manager = await actor(await createUser({ role: "MANAGER", teamId: team.id }));
    const { thisMonth } = await import("../../platform/time/calendar");
    const { addMonths } = await import("../../platform/time/month");
    const now = thisMonth();
    await saveScoreFor(rep, rep.id, score(addMonths(now, -1), "15"));
    expect(await refusal(saveScoreFor(rep, rep.id, score(addMonths(now, -2), "1")))).toEqual({
      code: "forbidden", status: 403, fields: { month: "month-too-old" },
    });
    expect(await findScore(rep.id, addMonths(now, -2))).toBeNull();
    await saveScoreFor(manager, rep.id, score(addMonths(now, -2), "1"));
    expect((await findScore(rep.id, addMonths(now, -2)))?.total).toBe("31");
  });
});

describe("challenges", () => {
  it("are created by admins anywhere and by managers for their teams only; refused with the field named otherwise", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const manager = await actor(await createUser({ role: "MANAGER", teamId: team.id }));
    const base = { title: "Restaurant +10", kind: "gain", from: "2030-01", to: "2030-01", target: 10, reward: { text: "Dinner" } };
    const created = await commandForApi(manager, addChallenge, { ...base, teamId: team.id });
    expect(created).toMatchObject({ id: expect.any(String), teamId: team.id, target: "10" });
    expect(await refusal(commandForApi(manager, addChallenge, { ...base, teamId: other.id }))).toMatchObject({ code: "forbidden", status: 403 });
    expect(await refusal(commandForApi(manager, addChallenge, { ...base, teamId: null }))).toMatchObject({ code: "forbidden" });
    expect(await refusal(commandForApi(manager, addChallenge, { ...base, teamId: team.id, to: "2029-12" }))).toEqual({
      code: "invalid", status: 400, fields: { to: "period-order" },
    });
    expect(await testDb().challenge.count({ where: { teamId: { in: [team.id, other.id] } } })).toBe(1);
  });

  it("can be deleted only while no month of them is closed", async () => {
    const team = await createTeam();
    const admin = await actor(await createUser({ role: "ADMIN" }));
    const base = { title: "Q", kind: "threshold", teamId: team.id, target: 60, reward: { text: "Cake" } };
    const open = await commandForApi(admin, addChallenge, { ...base, from: "2030-02", to: "2030-02" });
    const closing = await commandForApi(admin, addChallenge, { ...base, from: "2023-08", to: "2023-09" });
    await commandForApi(admin, closeMonthCommand, { month: "2023-09" });
    expect(await refusal(commandForApi(admin, removeChallenge, { challengeId: closing.id }))).toMatchObject({ code: "month-closed", status: 409 });
    expect(await refusal(commandForApi(admin, addChallenge, { ...base, from: "2023-09", to: "2023-10" }))).toMatchObject({
      code: "month-closed", fields: { from: "challenge-month-closed" },
    });
    await commandForApi(admin, removeChallenge, { challengeId: open.id });
    expect(await refusal(commandForApi(admin, removeChallenge, { challengeId: open.id }))).toMatchObject({ code: "not-found" });
    expect(await testDb().challenge.count({ where: { teamId: team.id } })).toBe(1);
  });
});

describe("payouts", () => {
  it("report a team's tiers and challenges won for a month, provisional until closed, and only to those allowed", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const ana = await createUser({ teamId: team.id, name: "Ana" });
    const bea = await createUser({ teamId: team.id, name: "Bea" });
    await createScore(ana.id, "2023-10", 50);
    await createScore(ana.id, "2023-11", 61);
    await createScore(bea.id, "2023-10", 50);
    await createScore(bea.id, "2023-11", 55);
    const admin = await actor(await createUser({ role: "ADMIN" }));
    const manager = await actor(await createUser({ role: "MANAGER", teamId: team.id }));
    const outsider = await actor(await createUser({ role: "MANAGER", teamId: other.id }));
    await commandForApi(manager, addChallenge, { title: "Restaurant +10", kind: "gain", teamId: team.id, from: "2023-11", to: "2023-11", target: 10, reward: { text: "Dinner", amount: 40, currency: "eur" } });

    const before = await runQuery(manager, payoutsQuery, { month: "2023-11", team: team.id });
    expect(before.provisional).toBe(true);
    expect(before.report.rows.map((r) => [r.name, r.challenges.map((c) => c.title), r.amounts])).toEqual([
      ["Ana", ["Restaurant +10"], { EUR: "40" }],
      ["Bea", [], {}],
    ]);
    await commandForApi(admin, closeMonthCommand, { month: "2023-11" });
    expect((await runQuery(manager, payoutsQuery, { month: "2023-11", team: team.id })).provisional).toBe(false);
    expect((await loadPayoutInputs("2023-11")).clock.closed.has("2023-11")).toBe(true);
    expect(await refusal(runQuery(outsider, payoutsQuery, { month: "2023-11", team: team.id }))).toMatchObject({ code: "forbidden" });
    expect(await refusal(runQuery(manager, payoutsQuery, { month: "2023-11", team: null }))).toMatchObject({ code: "forbidden" });
  });
});
