import { describe, expect, it } from "vitest";
import { judgeChallenge } from "./challenges";
import type { ChallengeDef, ChallengeStanding, RuleClock, RuleRep } from "./kinds";
import { challenge, clock, rep } from "./rules-fixtures";

const statusOf = (c: ChallengeDef, reps: RuleRep[], at: RuleClock) =>
  Object.fromEntries(
    [...judgeChallenge(c, reps, at).reps].map(([id, g]) => [id, [g.status, g.progress.current, g.reason ?? null, g.position ?? null]]),
  );

describe("gain: +N points over the period", () => {
  const gain = challenge({ kind: "gain", target: "10" });
  const reps = [
    rep("Ana", "t1", { "2026-10": 50, "2026-11": 61 }),
    rep("Bea", "t1", { "2026-10": 50, "2026-11": 56 }),
    rep("Cy", "t1", { "2026-11": 70 }),
    rep("Dan", "t1", { "2026-10": 40 }),
  ];

  it("while it runs: achieved once reached, in progress before, not eligible without the month before, waiting without an entry", () => {
    expect(statusOf(gain, reps, clock("2026-11"))).toEqual({
      Ana: ["achieved", "11", null, null],
      Bea: ["in-progress", "6", null, null],
      Cy: ["not-eligible", null, "no-baseline", null],
      Dan: ["in-progress", null, "not-logged-yet", null],
    });
  });

  it("once the month is over (or closed): missed when not reached or not logged", () => {
    const over = statusOf(gain, reps, clock("2026-11", "2026-12"));
    const closed = statusOf(gain, reps, clock("2026-11", "2026-11", ["2026-11"]));
    expect(over).toEqual(closed);
    expect(over).toEqual({
      Ana: ["achieved", "11", null, null],
      Bea: ["missed", "6", null, null],
      Cy: ["not-eligible", null, "no-baseline", null],
      Dan: ["missed", null, "no-result", null],
    });
  });

  it("over several months: the latest month logged counts while it runs, the last month once over", () => {
    const quarter = challenge({ kind: "gain", target: "10", from: "2026-10", to: "2026-12" });
    const eve = rep("Eve", null, { "2026-09": 40, "2026-10": 52, "2026-12": 45 });
    expect(statusOf(quarter, [eve], clock("2026-11"))).toEqual({ Eve: ["achieved", "12", null, null] });
    expect(statusOf(quarter, [eve], clock("2026-12", "2027-01"))).toEqual({ Eve: ["missed", "5", null, null] });
    const noLast = rep("Eve", null, { "2026-09": 40, "2026-10": 52 });
    expect(statusOf(quarter, [noLast], clock("2026-12", "2027-01"))).toEqual({ Eve: ["missed", null, "no-result", null] });
  });

  it("keeps only the challenge's team", () => {
    const teamGain = challenge({ kind: "gain", teamId: "t2" });
    expect(Object.keys(statusOf(teamGain, [...reps, rep("Fay", "t2", { "2026-10": 1, "2026-11": 2 })], clock("2026-11")))).toEqual(["Fay"]);
  });
});

describe("threshold, pillar gain and fair gain", () => {
  it("threshold: reaching X is enough, no month before needed", () => {
    const threshold = challenge({ kind: "threshold", target: "70" });
    const reps = [rep("Ana", null, { "2026-11": 70 }), rep("Bea", null, { "2026-11": 69.999 }), rep("Cy", null, {})];
    expect(statusOf(threshold, reps, clock("2026-11"))).toEqual({
      Ana: ["achieved", "70", null, null],
      Bea: ["in-progress", "69.999", null, null],
      Cy: ["in-progress", null, "not-logged-yet", null],
    });
    expect(statusOf(threshold, reps, clock("2026-11", "2026-12")).Bea).toEqual(["missed", "69.999", null, null]);
  });

  it("pillar gain: counts only the named pillar, and needs pillars on both entries", () => {
    const pillarGain = challenge({ kind: "pillar-gain", target: "3", pillar: "insights" });
    const ana = rep("Ana", null, { "2026-10": 40, "2026-11": 40 }, { "2026-10": 8, "2026-11": 11 });
    const bea = rep("Bea", null, { "2026-10": 40, "2026-11": 60 }, { "2026-10": 10, "2026-11": 12.5 });
    const totalsOnly: RuleRep = { userId: "Cy", name: "Cy", teamId: null, entries: { "2026-10": { total: "40", pillars: null }, "2026-11": { total: "50", pillars: null } } };
    expect(statusOf(pillarGain, [ana, bea, totalsOnly], clock("2026-11"))).toEqual({
      Ana: ["achieved", "3", null, null],
      Bea: ["in-progress", "2.5", null, null],
      Cy: ["not-eligible", null, "no-pillars", null],
    });
  });

  it("fair gain: the share of the headroom, so a rep at 72 is not beaten by one at 20 for having less room", () => {
    const fair = challenge({ kind: "fair-gain", target: "25" });
    const high = rep("High", null, { "2026-10": 72, "2026-11": 79 }); // 7 of 28 = 25 %
    const low = rep("Low", null, { "2026-10": 20, "2026-11": 39 }); // 19 of 80 = 23.75 %
    expect(statusOf(fair, [high, low], clock("2026-11"))).toEqual({
      High: ["achieved", "25", null, null],
      Low: ["in-progress", "23.8", null, null],
    });
  });

  it("fair gain at the edges: from 0 the whole 100 is room; at 100 there is none, so not eligible; a loss is a negative share", () => {
    const fair = challenge({ kind: "fair-gain", target: "10" });
    expect(statusOf(fair, [rep("Zero", null, { "2026-10": 0, "2026-11": 10 })], clock("2026-11")).Zero).toEqual(["achieved", "10", null, null]);
    expect(statusOf(fair, [rep("Top", null, { "2026-10": 100, "2026-11": 100 })], clock("2026-11")).Top).toEqual(["not-eligible", null, "no-headroom", null]);
    expect(statusOf(fair, [rep("Down", null, { "2026-10": 50, "2026-11": 45 })], clock("2026-11")).Down).toEqual(["in-progress", "-10", null, null]);
  });
});

describe("race", () => {
  const race = challenge({ kind: "race", winners: 2, target: null, measure: "gain" });
  const reps = [
    rep("Ana", null, { "2026-10": 40, "2026-11": 50 }),
    rep("Bea", null, { "2026-10": 40, "2026-11": 45 }),
    rep("Cy", null, { "2026-10": 30, "2026-11": 35 }),
    rep("Dan", null, { "2026-10": 40, "2026-11": 41 }),
    rep("Eve", null, { "2026-11": 99 }),
  ];

  it("while it runs: everyone in progress with their position; without a baseline, not eligible", () => {
    expect(statusOf(race, reps, clock("2026-11"))).toEqual({
      Ana: ["in-progress", "10", null, 1],
      Bea: ["in-progress", "5", null, 2],
      Cy: ["in-progress", "5", null, 2],
      Dan: ["in-progress", "1", "outside-cut", 4],
      Eve: ["not-eligible", null, "no-baseline", null],
    });
  });

  it("once over: the top N win and ties at the cut all win", () => {
    const final = statusOf(race, reps, clock("2026-11", "2026-12"));
    expect(Object.entries(final).filter(([, s]) => s[0] === "achieved").map(([name]) => name)).toEqual(["Ana", "Bea", "Cy"]);
    expect(final.Dan).toEqual(["missed", "1", "outside-cut", 4]);
  });

  it("is won by gaining: nobody wins a race where everyone lost points", () => {
    const down = [rep("Ana", null, { "2026-10": 50, "2026-11": 49 }), rep("Bea", null, { "2026-10": 50, "2026-11": 45 })];
    expect(statusOf(challenge({ kind: "race", winners: 1, target: null }), down, clock("2026-11", "2026-12"))).toEqual({
      Ana: ["missed", "-1", "no-gain", 1],
      Bea: ["missed", "-5", "outside-cut", 2],
    });
  });

  it("by fair gain: ranks by the share of the headroom", () => {
    const fairRace = challenge({ kind: "race", winners: 1, target: null, measure: "fair-gain" });
    const fairReps = [rep("High", null, { "2026-10": 72, "2026-11": 79 }), rep("Low", null, { "2026-10": 20, "2026-11": 39 })];
    expect(statusOf(fairRace, fairReps, clock("2026-11", "2026-12"))).toEqual({
      High: ["achieved", "25", null, 1],
      Low: ["missed", "23.8", "outside-cut", 2],
    });
  });
});

describe("team goals", () => {
  const reps = [
    rep("Ana", "t1", { "2026-10": 50, "2026-11": 70 }),
    rep("Bea", "t1", { "2026-10": 50, "2026-11": 52 }),
    rep("Cy", "t1", { "2026-10": 40 }),
    rep("Dan", "t2", { "2026-10": 60, "2026-11": 58 }),
    rep("Eve", "t2", { "2026-10": 56, "2026-11": 58 }),
    rep("Solo", null, { "2026-10": 10, "2026-11": 90 }),
  ];
  const teams = (c: ChallengeDef, at: RuleClock) =>
    judgeChallenge(c, reps, at).teams.map((g: ChallengeStanding) => [g.teamId, g.status, g.progress.current, g.progress.target, g.position ?? null, g.reason ?? null]);

  it("team average: the average of the team's entries that month; every rep of a team that reaches it wins, reps without a team take no part", () => {
    const average = challenge({ kind: "team-average", target: "60" });
    expect(teams(average, clock("2026-11", "2026-12"))).toEqual([
      ["t1", "achieved", "61", "60", null, null],
      ["t2", "missed", "58", "60", null, "team-below"],
    ]);
    const byRep = statusOf(average, reps, clock("2026-11", "2026-12"));
    expect(Object.keys(byRep)).toEqual(["Ana", "Bea", "Cy", "Dan", "Eve"]);
    expect(byRep.Cy?.[0]).toBe("achieved");
  });

  it("team all: every active rep must reach X, a rep who has not logged counts as below", () => {
    const all = challenge({ kind: "team-all", target: "50" });
    expect(teams(all, clock("2026-11"))).toEqual([
      ["t1", "in-progress", "2", "3", null, "team-some-below"],
      ["t2", "achieved", "2", "2", null, null],
    ]);
  });

  it("team race: teams ranked by average gain, the first N win", () => {
    const teamRace = challenge({ kind: "team-race", winners: 1, target: null });
    // t1: (+20 +2) / 2 = 11 (Cy has no result); t2: (-2 +2) / 2 = 0.
    expect(teams(teamRace, clock("2026-11", "2026-12"))).toEqual([
      ["t1", "achieved", "11", null, 1, null],
      ["t2", "missed", "0", null, 2, "outside-cut"],
    ]);
  });

  it("a team with no entries that month has no average yet", () => {
    const average = challenge({ kind: "team-average", target: "60", teamId: "t3" });
    const idle = [rep("Zed", "t3", { "2026-10": 50 })];
    expect(judgeChallenge(average, idle, clock("2026-11")).teams.map((g) => [g.status, g.reason])).toEqual([["in-progress", "team-no-entries"]]);
  });
});

describe("edges of the rules", () => {
  it("a challenge looked at before its last month is never final, even long after", () => {
    const quarter = challenge({ kind: "gain", target: "10", from: "2026-09", to: "2026-11" });
    const ana = rep("Ana", null, { "2026-08": 40, "2026-09": 45 });
    expect(statusOf(quarter, [ana], clock("2026-10", "2027-06"))).toEqual({ Ana: ["in-progress", "5", null, null] });
    expect(statusOf(quarter, [ana], clock("2026-11", "2027-06"))).toEqual({ Ana: ["missed", null, "no-result", null] });
    expect(statusOf(challenge({ kind: "threshold", target: "50" }), [ana], clock("2026-11", "2026-12")).Ana).toEqual(["missed", null, "no-result", null]);
  });

  it("a pillar gain needs the pillars of both months", () => {
    const pillarGain = challenge({ kind: "pillar-gain", target: "1", pillar: "brand" });
    const afterOnly: RuleRep = { userId: "A", name: "A", teamId: null, entries: { "2026-10": { total: "40", pillars: { brand: "10", people: "10", insights: "10", relationships: "10" } }, "2026-11": { total: "50", pillars: null } } };
    expect(statusOf(pillarGain, [afterOnly], clock("2026-11")).A).toEqual(["not-eligible", null, "no-pillars", null]);
  });

  it("a race: standing still is no gain, and reps without a baseline are not placed", () => {
    const race = challenge({ kind: "race", winners: 2, target: null });
    const reps = [rep("Ana", null, { "2026-10": 40, "2026-11": 40 }), rep("Bea", null, { "2026-10": 40, "2026-11": 41 }), rep("Cy", null, { "2026-11": 90 })];
    expect(statusOf(race, reps, clock("2026-11", "2026-12"))).toEqual({
      Ana: ["missed", "0", "no-gain", 2],
      Bea: ["achieved", "1", null, 1],
      Cy: ["not-eligible", null, "no-baseline", null],
    });
    expect(judgeChallenge(race, reps, clock("2026-11")).teams).toEqual([]);
    expect(judgeChallenge(challenge({ kind: "gain" }), reps, clock("2026-11")).teams).toEqual([]);
  });

  it("team all: a rep who logged below the target keeps the team from it; exactly the target counts", () => {
    const all = challenge({ kind: "team-all", target: "50" });
    const reps = [rep("Ana", "t1", { "2026-11": 50 }), rep("Bea", "t1", { "2026-11": 49.999 })];
    expect(judgeChallenge(all, reps, clock("2026-11", "2026-12")).teams.map((g) => [g.status, g.progress])).toEqual([["missed", { current: "1", target: "2" }]]);
  });

  it("team average: an average exactly at the target reaches it", () => {
    const average = challenge({ kind: "team-average", target: "50" });
    const reps = [rep("Ana", "t1", { "2026-11": 49 }), rep("Bea", "t1", { "2026-11": 51 })];
    expect(judgeChallenge(average, reps, clock("2026-11")).teams.map((g) => [g.status, g.progress.current])).toEqual([["achieved", "50"]]);
  });

  it("team race: ranked by average, not total; a team without any baseline is not eligible; standing still wins nothing", () => {
    const teamRace = challenge({ kind: "team-race", winners: 2, target: null });
    const reps = [
      // t1: 3 reps gaining 2 each (average 2, total 6); t2: one rep gaining 4 (average 4).
      rep("A1", "t1", { "2026-10": 40, "2026-11": 42 }), rep("A2", "t1", { "2026-10": 40, "2026-11": 42 }), rep("A3", "t1", { "2026-10": 40, "2026-11": 42 }),
      rep("B1", "t2", { "2026-10": 40, "2026-11": 44 }),
      rep("C1", "t3", { "2026-10": 40, "2026-11": 40 }),
      rep("D1", "t4", { "2026-11": 60 }),
    ];
    const standings = (at: ReturnType<typeof clock>) =>
      judgeChallenge(teamRace, reps, at).teams.map((g) => [g.teamId, g.status, g.position ?? null, g.reason ?? null]);
    expect(standings(clock("2026-11", "2026-12"))).toEqual([
      ["t2", "achieved", 1, null],
      ["t1", "achieved", 2, null],
      ["t3", "missed", 3, "outside-cut"],
      ["t4", "not-eligible", null, "no-baseline"],
    ]);
    expect(standings(clock("2026-11"))[0]).toEqual(["t2", "in-progress", 1, null]);
    const one = challenge({ kind: "team-race", winners: null, target: null });
    const still = [rep("C1", "t3", { "2026-10": 40, "2026-11": 40 })];
    expect(judgeChallenge(one, still, clock("2026-11", "2026-12")).teams.map((g) => [g.status, g.reason])).toEqual([["missed", "no-gain"]]);
  });
});

