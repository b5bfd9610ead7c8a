import { describe, expect, it } from "vitest";
import { rankedEntries, type BoardKind } from "../../features/board/entries";
import { monthlyAverages } from "../../features/board/history-data";
import { boardPage, notLoggedReps } from "../../features/board/ranking-data";
import { visibleBoard } from "../../features/board/visible-board";
import type { Actor, BoardScope } from "../../platform/auth/permissions";
import type { Month } from "../../platform/time/month";
import { saveSettings } from "../../features/settings/mutations";
import { DEFAULT_SETTINGS } from "../../features/settings/data";
import { createScore, createTeam, createUser, testDb } from "../factories";

// Every row of a (test-sized) board.
const WHOLE = { limit: 500, offset: 0 };

// The board as `user` may see it (features/board/visible-board.ts), the team named by id.
const boardFor = (user: Actor, scope: BoardScope, month: Month, kind: BoardKind, window = WHOLE) =>
  visibleBoard({ kind: "user", user }, { scope, team: scope.kind === "team" ? { id: scope.teamId, name: "" } : null }, month, kind, window);

async function wholeBoard(teamId: string | null, kind: BoardKind) {
  return rankedEntries(await boardPage("2026-11", teamId, kind, WHOLE), "2026-11");
}

describe("leaderboard data", () => {
  it("reads one month's board: ties, progress, 'new', streak, not logged", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const ana = await createUser({ teamId: team.id, name: "Ana" });
    const bea = await createUser({ teamId: team.id, name: "Bea" });
    const cy = await createUser({ teamId: team.id, name: "Cy" });
    const dan = await createUser({ teamId: team.id, name: "Dan" });
    const gone = await createUser({ teamId: team.id, name: "Gone" });
    const elsewhere = await createUser({ teamId: other.id, name: "Elsewhere" });
    await createScore(ana.id, "2026-09", 40);
    await createScore(ana.id, "2026-10", 44);
    await createScore(ana.id, "2026-11", 60);
    await createScore(bea.id, "2026-08", 30); // not last month: no progress figure
    await createScore(bea.id, "2026-11", 52);
    await createScore(cy.id, "2026-10", 56);
    await createScore(cy.id, "2026-11", 52);
    await createScore(gone.id, "2026-11", 99);
    await createScore(elsewhere.id, "2026-11", 80);
    await testDb().user.update({ where: { id: gone.id }, data: { active: false } });

    const board = await wholeBoard(team.id, "score");
    expect(board.map((e) => [e.rank, e.name, e.total, e.progress, e.streak])).toEqual([
      [1, "Ana", "60", "16", 2],
      [2, "Bea", "52", null, 0],
      [2, "Cy", "52", "-4", 0],
    ]);
    expect(board[0]?.pillars).toEqual({ brand: "15", people: "15", insights: "15", relationships: "15" });
    expect(board[0]?.flags.map((f) => f.kind)).toEqual(["jump"]);
    expect(await notLoggedReps("2026-11", team.id, 10)).toEqual({ reps: [{ userId: dan.id, name: "Dan" }], count: 1 });

    const improvement = await wholeBoard(team.id, "improvement");
    expect(improvement.map((e) => [e.rank, e.name])).toEqual([[1, "Ana"], [2, "Cy"], [null, "Bea"]]);

    const company = await wholeBoard(null, "score");
    expect(company.find((e) => e.name === "Elsewhere")?.team?.id).toBe(other.id);
    expect(company.some((e) => e.name === "Gone")).toBe(false);
  });

  it("averages a team's SSI per month", async () => {
    const team = await createTeam();
    const a = await createUser({ teamId: team.id });
    const b = await createUser({ teamId: team.id });
    await createScore(a.id, "2026-10", 40);
    await createScore(b.id, "2026-10", 51);
    await createScore(a.id, "2026-11", 50);
    expect(await monthlyAverages("2026-10", "2026-11", team.id)).toEqual([
      { month: "2026-10", total: "45.5", brand: "11.38", people: "11.38", insights: "11.38", relationships: "11.38", reps: 2 },
      { month: "2026-11", total: "50", brand: "12.5", people: "12.5", insights: "12.5", relationships: "12.5", reps: 1 },
    ]);
  });
});

describe("names-only setting", () => {
  it("hides other reps' SSI from reps when the admin turns it off, never from managers", async () => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id });
    const manager = await createUser({ role: "MANAGER", teamId: team.id });
    await createScore(rep.id, "2026-11", 50);
    const scope = { kind: "team", teamId: team.id } as const;
    const repActor = { id: rep.id, role: "REP" as const, active: true, teamId: team.id, managedTeamIds: [] };
    const managerActor = { id: manager.id, role: "MANAGER" as const, active: true, teamId: team.id, managedTeamIds: [team.id] };
    try {
      expect((await boardFor(repActor, scope, "2026-11", "score", WHOLE)).sight.scores).toBe(true);
      await saveSettings({ ...DEFAULT_SETTINGS, repsSeeScores: false }, null);
      const repView = await boardFor(repActor, scope, "2026-11", "score", WHOLE);
      expect(repView.sight).toMatchObject({ scores: false, flags: false });
      // Masked once, in the model: a names-only row holds no figure, no flag and no incentive.
      expect(repView.entries.map((e) => [e.figures, e.flags, e.incentives])).toEqual([[null, null, null]]);
      expect(repView?.entries.map((e) => e.rank)).toEqual([1]);
      expect((await boardFor(managerActor, scope, "2026-11", "score", WHOLE)).sight).toMatchObject({ scores: true, flags: true });
    } finally {
      await saveSettings(DEFAULT_SETTINGS, null);
    }
  });
});
