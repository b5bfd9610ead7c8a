import { describe, expect, it } from "vitest";
import { MonthClosed } from "@/platform/errors/domain-errors";
import { auditTrail, findScore, rankInTeam } from "../../features/scores/data";
import { saveScore } from "../../features/scores/mutations";
import { scoreInputSchema } from "../../features/scores/schema";
import { monthToDate } from "../../platform/time/month";
import { createScore, createTeam, createUser, testDb } from "../factories";

const schema = scoreInputSchema("2026-11");
const input = (overrides: Record<string, string> = {}) =>
  schema.parse({ month: "2026-11", brand: "20.973", people: "6.38", insights: "10.25", relationships: "15", ...overrides });

describe("saveScore", () => {
  it("creates an entry with exact decimals, then replaces it, auditing both", async () => {
    const rep = await createUser({});
    const manager = await createUser({ role: "MANAGER" });
    expect(await saveScore({ userId: rep.id, actorId: rep.id, input: input({ total: "53" }), source: "FORM" }))
      .toMatchObject({ created: true });
    const replaced = await saveScore({ userId: rep.id, actorId: manager.id, input: input({ brand: "21.973", total: "54" }), source: "FORM" });
    expect(replaced).toMatchObject({ created: false });

    const stored = await findScore(rep.id, "2026-11");
    // What the save answers (the API's response) is what a read finds.
    expect(replaced.record).toEqual(stored);
    expect(stored).toMatchObject({ total: "54", brand: "21.973", people: "6.38", enteredBy: { id: manager.id } });
    const trail = await auditTrail(rep.id);
    expect(trail.map((a) => [a.action, a.actorName])).toEqual([["UPDATE", manager.name], ["CREATE", rep.name]]);
    expect(trail[0]?.oldValues).toMatchObject({ total: "53", brand: "20.973" });
    expect(trail[0]?.newValues).toMatchObject({ total: "54", brand: "21.973" });
  });

  it("refuses a closed month and stores nothing", async () => {
    const rep = await createUser({});
    // An old month of its own, opened again after: files share the database, and
    // a closed recent month would refuse other files' writes (whichever runs first).
    await testDb().closedMonth.create({ data: { month: monthToDate("2022-09") } });
    try {
      await expect(
        saveScore({ userId: rep.id, actorId: rep.id, input: input({ month: "2022-09" }), source: "FORM" }),
      ).rejects.toThrow(MonthClosed);
      expect(await findScore(rep.id, "2022-09")).toBeNull();
      expect(await auditTrail(rep.id)).toEqual([]);
    } finally {
      await testDb().closedMonth.delete({ where: { month: monthToDate("2022-09") } });
    }
  });

  it("refuses a save that waited for a month being closed, and stores nothing", async () => {
    const rep = await createUser({});
    const month = monthToDate("2022-08");
    let saving: Promise<unknown> | null = null;
    try {
      await testDb().$transaction(async (tx) => {
        // What closeMonth does; the save starts while the close is uncommitted.
        await tx.$executeRaw`LOCK TABLE "ScoreEntry" IN SHARE MODE`;
        await tx.closedMonth.create({ data: { month } });
        saving = saveScore({ userId: rep.id, actorId: rep.id, input: input({ month: "2022-08" }), source: "FORM" });
        saving.catch(() => {});
        // Commit only once the save is waiting for the lock.
        for (let waited = 0; ; waited += 20) {
          const [row] = await testDb().$queryRaw<{ waiting: bigint }[]>`
            SELECT count(*) AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%saveScore%'`;
          if (Number(row?.waiting) > 0) break;
          if (waited > 5000) throw new Error("the save never waited for the close");
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      await expect(saving).rejects.toThrow(MonthClosed);
      expect(await findScore(rep.id, "2022-08")).toBeNull();
      expect(await auditTrail(rep.id)).toEqual([]);
    } finally {
      await testDb().closedMonth.deleteMany({ where: { month } });
    }
  });

  it("ends 50 concurrent saves for one user and month as one row, all 50 audited, the last one winning", async () => {
    const rep = await createUser({});
    const brands = Array.from({ length: 50 }, (_, i) => (i / 10).toFixed(1));
    const results = await Promise.all(
      brands.map((brand) => saveScore({ userId: rep.id, actorId: rep.id, input: input({ brand, total: "" }), source: "API" })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await testDb().scoreEntry.count({ where: { userId: rep.id } })).toBe(1);
    const trail = await auditTrail(rep.id, 100);
    expect(trail).toHaveLength(50);
    const stored = await findScore(rep.id, "2026-11");
    expect(stored?.brand).toBe(trail[0]?.newValues.brand);
  });
});

describe("rankInTeam", () => {
  it("ranks the rep among teammates who logged the month, ties shared", async () => {
    const team = await createTeam();
    const a = await createUser({ teamId: team.id, name: "A" });
    const b = await createUser({ teamId: team.id, name: "B" });
    const c = await createUser({ teamId: team.id, name: "C" });
    await createScore(a.id, "2026-11", 60);
    await createScore(b.id, "2026-11", 60);
    await createScore(c.id, "2026-11", 40);
    expect(await rankInTeam(b.id, "2026-11")).toEqual({ rank: 1, of: 3 });
    expect(await rankInTeam(c.id, "2026-11")).toEqual({ rank: 3, of: 3 });
    expect(await rankInTeam(c.id, "2026-10")).toBeNull();
  });

  it("ranks a month in the team the rep sat in that month, as that month's board does", async () => {
    const [north, south] = [await createTeam(), await createTeam()];
    const mover = await createUser({ teamId: south.id, name: "Mover" });
    const stayer = await createUser({ teamId: north.id, name: "Stayer" });
    const newcomer = await createUser({ teamId: south.id, name: "Newcomer" });
    await testDb().teamMembership.createMany({
      data: [
        { userId: mover.id, fromMonth: monthToDate("2000-01"), teamId: north.id },
        { userId: mover.id, fromMonth: monthToDate("2026-11"), teamId: south.id },
      ],
    });
    await createScore(mover.id, "2026-10", 50);
    await createScore(stayer.id, "2026-10", 70);
    await createScore(newcomer.id, "2026-10", 90);
    await createScore(mover.id, "2026-11", 50);
    await createScore(newcomer.id, "2026-11", 90);
    // October: in North behind Stayer (Newcomer's South is not counted); November: in South.
    expect(await rankInTeam(mover.id, "2026-10")).toEqual({ rank: 2, of: 2 });
    expect(await rankInTeam(mover.id, "2026-11")).toEqual({ rank: 2, of: 2 });
    expect(await rankInTeam(stayer.id, "2026-10")).toEqual({ rank: 1, of: 2 });
  });

  it("gives no rank in a month the rep sat in no team", async () => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    await testDb().teamMembership.createMany({
      data: [
        { userId: rep.id, fromMonth: monthToDate("2000-01"), teamId: null },
        { userId: rep.id, fromMonth: monthToDate("2026-11"), teamId: team.id },
      ],
    });
    await createScore(rep.id, "2026-10", 50);
    await createScore(rep.id, "2026-11", 50);
    expect(await rankInTeam(rep.id, "2026-10")).toBeNull();
    expect(await rankInTeam(rep.id, "2026-11")).toEqual({ rank: 1, of: 1 });
  });
});
