import { describe, expect, it } from "vitest";
import { challenge, clock, rep } from "./rules-fixtures";
import { incentivesOf, judgeIncentives, runsIn, withoutTeamFigures } from "./standings";

const reward = { text: "Bonus", amount: null, currency: null };
const tierSets = [{ effectiveFrom: "2026-01" as const, tiers: [{ name: "Gold", minTotal: "70", reward }] }];

describe("judgeIncentives", () => {
  const reps = [rep("Ana", "t1", { "2026-10": 60, "2026-11": 72 }), rep("Bea", "t2", { "2026-10": 50, "2026-11": 52 })];
  const challenges = [
    challenge({ id: "later", title: "B later", kind: "threshold", target: "50", from: "2026-11", to: "2026-12" }),
    challenge({ id: "b", title: "B now", kind: "gain", target: "10" }),
    challenge({ id: "a", title: "A now", kind: "gain", target: "10", teamId: "t1" }),
    challenge({ id: "past", title: "Past", kind: "gain", from: "2026-09", to: "2026-10" }),
    challenge({ id: "future", title: "Future", kind: "gain", from: "2026-12", to: "2026-12" }),
    challenge({ id: "team", title: "Team 60", kind: "team-average", target: "60" }),
  ];
  const judged = judgeIncentives({ reps, challenges, tierSets, clock: clock("2026-11") });

  it("judges only the challenges running in the month, ending first, then by title", () => {
    expect(judged.challenges.map((c) => c.id)).toEqual(["a", "b", "team", "later"]);
    expect(judged.tiers.map((t) => t.name)).toEqual(["Gold"]);
  });

  it("gives each rep their tier and the goals of the challenges they take part in", () => {
    expect(incentivesOf(judged, "Ana").tier?.name).toBe("Gold");
    expect(incentivesOf(judged, "Ana").goals.map((g) => [g.challengeId, g.status])).toEqual([
      ["a", "achieved"],
      ["b", "achieved"],
      ["team", "achieved"],
      ["later", "achieved"],
    ]);
    expect(incentivesOf(judged, "Bea")).toEqual({ tier: null, goals: expect.any(Array) });
    expect(incentivesOf(judged, "Bea").goals.map((g) => g.challengeId)).toEqual(["b", "team", "later"]);
    expect(incentivesOf(judged, "nobody")).toEqual({ tier: null, goals: [] });
  });

  it("lists one team standing per team and team challenge, and none for rep challenges", () => {
    expect(judged.teams.map((g) => [g.challengeId, g.teamId, g.status])).toEqual([
      ["team", "t1", "achieved"],
      ["team", "t2", "in-progress"],
    ]);
  });

  it("says a challenge runs from its first month to its last, both included", () => {
    const quarter = challenge({ kind: "gain", from: "2026-10", to: "2026-12" });
    expect(["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"].map((m) => runsIn(quarter, m as "2026-10"))).toEqual([false, true, true, true, false]);
  });

  it("keeps a team goal's status but not its figures for a viewer who may not see the team's SSI", () => {
    const race = challenge({ id: "race", title: "Teams", kind: "team-race", winners: 1 });
    const goals = incentivesOf(judgeIncentives({ reps, challenges: [...challenges, race], tierSets, clock: clock("2026-11") }), "Bea").goals;
    const team = goals.find((g) => g.challengeId === "team");
    // Bea is alone in her team: its average is her own score.
    expect(team?.progress.current).toBe("52");
    const shown = withoutTeamFigures(goals);
    expect(shown.find((g) => g.challengeId === "team")).toEqual({ ...team, progress: { current: null, target: "60" } });
    expect(shown.find((g) => g.challengeId === "race")).not.toHaveProperty("position");
    expect(shown.find((g) => g.challengeId === "race")?.progress.current).toBeNull();
    // Her own goals keep what they say of her.
    expect(shown.filter((g) => g.challengeId === "b")).toEqual(goals.filter((g) => g.challengeId === "b"));
  });
});
