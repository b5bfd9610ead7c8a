import { describe, expect, it } from "vitest";
import { teamRoster } from "../../features/people/team-data";
import { createScore, createTeam, createUser, testDb } from "../factories";

describe("teamRoster", () => {
  it("lists active reps by name with their latest SSI up to the month", async () => {
    const team = await createTeam();
    const anna = await createUser({ teamId: team.id, name: "Anna" });
    const bruno = await createUser({ teamId: team.id, name: "Bruno" });
    await createUser({ teamId: team.id, name: "Carl (left)", active: false });
    await createUser({ teamId: team.id, name: "Dora (manager)", role: "MANAGER" });
    await createScore(anna.id, "2026-10", 40);
    await createScore(anna.id, "2026-11", 44);
    await createScore(anna.id, "2026-12", 50);
    await createScore(bruno.id, "2026-09", 61);

    const roster = await teamRoster(team.id, "2026-11");
    expect(roster).toEqual([
      {
        id: anna.id,
        name: "Anna",
        subject: { id: anna.id, teamId: team.id, role: "REP", active: true },
        latestTotal: "44",
        latestMonth: "2026-11",
        loggedThisMonth: true,
      },
      {
        id: bruno.id,
        name: "Bruno",
        subject: { id: bruno.id, teamId: team.id, role: "REP", active: true },
        latestTotal: "61",
        latestMonth: "2026-09",
        loggedThisMonth: false,
      },
    ]);
  });

  it("keeps a deactivated rep's history while leaving the roster", async () => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id, name: "Eve" });
    await createScore(rep.id, "2026-11", 30);
    await testDb().user.update({ where: { id: rep.id }, data: { active: false } });
    expect(await teamRoster(team.id, "2026-11")).toEqual([]);
    expect(await testDb().scoreEntry.count({ where: { userId: rep.id } })).toBe(1);
  });
});
