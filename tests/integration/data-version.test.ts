// The cache counters (platform/db/version.ts) move once per committed change, never
// for a rolled-back one, and what is cached under it is recomputed after a
// change made by anyone (another app instance, a script) through the database.
import { describe, expect, it } from "vitest";
import { listTeams } from "../../features/people";
import { addTeam } from "../../features/people/team-commands";
import { dataVersions, inRequestScope, versioned } from "../../platform/db/version";
import { performAction } from "../../platform/http/define-action";
import { monthToDate } from "../../platform/time/month";
import { createScore, createTeam, createUser, testDb } from "../factories";
import { sessionUserOf } from "./session-user";

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

  it("lets a request read its own write: a team created after the session check read the counters is in the answer and the lists", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const name = `Created in the request ${admin.id}`;
    await inRequestScope(async () => {
      // As an API request: the session check reads the counters, a picker fills the teams' cache.
      const user = await sessionUserOf(admin.id);
      if (!user) throw new Error("the admin could not sign in");
      await listTeams();
      const result = await performAction(user, { ...addTeam, revalidate: [] }, { name });
      expect(result.ok && result.data.team?.name).toBe(name);
      expect((await listTeams()).map((t) => t.name)).toContain(name);
    });
  });
});
