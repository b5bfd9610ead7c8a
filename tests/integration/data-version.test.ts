// The cache counters (platform/db/version.ts) move once per committed change, never
// for a rolled-back one, and what is cached under it is recomputed after a
// change made by anyone (another app instance, a script) through the database.
import { describe, expect, it } from "vitest";
import { dataVersions, versioned } from "../../platform/db/version";
import { monthToDate } from "../../platform/time/month";
import { createScore, createTeam, createUser, testDb } from "../factories";

describe("the cache counters", () => {
  it("moves once per committed transaction, whatever its size, and not for one rolled back", async () => {
    const team = await createTeam();
    const reps = await Promise.all([1, 2, 3].map(() => createUser({ teamId: team.id })));
    const before = await dataVersions();
    await testDb().scoreEntry.createMany({ data: reps.map((r) => ({ userId: r.id, month: monthToDate("2016-03"), total: 50 })) });
    const after = await dataVersions();
    // Scores moved once for three rows; people and teams did not move.
    expect(after).toEqual({ scores: before.scores + 1n, people: before.people });
    await testDb().team.update({ where: { id: team.id }, data: { name: `${team.name} renamed` } });
    expect(await dataVersions()).toEqual({ scores: after.scores, people: after.people + 1n });

    await expect(
      testDb().$transaction(async (tx) => {
        await tx.scoreEntry.updateMany({ where: { month: monthToDate("2016-03") }, data: { total: 60 } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect((await dataVersions()).scores).toBe(after.scores);
  });

  it("keeps a computed value until the data changes, then computes it again", async () => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    let computed = 0;
    const total = () =>
      versioned(`test:${rep.id}`, "people+scores", async () => {
        computed += 1;
        return (await testDb().scoreEntry.findMany({ where: { userId: rep.id }, select: { total: true } })).length;
      });
    expect(await total()).toBe(0);
    expect(await total()).toBe(0);
    expect(computed).toBe(1);
    await createScore(rep.id, "2016-04", 55);
    expect(await total()).toBe(1);
    expect(computed).toBe(2);
  });

  it("does not keep a computation that failed", async () => {
    let calls = 0;
    const flaky = () =>
      versioned("test:flaky", "people", async () => {
        calls += 1;
        if (calls === 1) throw new Error("database went away");
        return "fine";
      });
    await expect(flaky()).rejects.toThrow("database went away");
    expect(await flaky()).toBe("fine");
  });
});
