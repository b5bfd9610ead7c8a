import { describe, expect, it } from "vitest";
import { demoPlan } from "./demo-plan";
import { PILLARS } from "../../features/scores/score";

const plan = demoPlan({ repCount: 24, monthCount: 12, lastMonth: "2026-11" });
const reps = plan.people.filter((p) => p.role === "REP");

describe("demo plan", () => {
  it("has 3 teams, 24 reps, one manager per team and one admin", () => {
    expect(plan.teams).toHaveLength(3);
    expect(reps).toHaveLength(24);
    expect(plan.people.filter((p) => p.role === "MANAGER").map((p) => p.team)).toEqual(plan.teams);
    expect(plan.people.filter((p) => p.role === "ADMIN")).toHaveLength(1);
  });

  it("includes the documented sign-ins, the demo rep in the demo manager's team", () => {
    const byEmail = new Map(plan.people.map((p) => [p.email, p]));
    expect(byEmail.get("admin@example.com")?.role).toBe("ADMIN");
    expect(byEmail.get("manager@example.com")?.team).toBe(plan.teams[0]);
    expect(byEmail.get("rep@example.com")?.team).toBe(plan.teams[0]);
    expect(byEmail.get("rep@example.com")?.scores.at(-1)?.month).toBe("2026-11");
  });

  it("gives unique emails", () => {
    expect(new Set(plan.people.map((p) => p.email)).size).toBe(plan.people.length);
  });

  it("keeps pillars within 0–25 with three decimals and a total within 1 of their sum", () => {
    for (const score of reps.flatMap((r) => r.scores)) {
      const pillars = PILLARS.map((p) => score[p]);
      for (const pillar of pillars) {
        expect(pillar).toMatch(/^\d{1,2}\.\d{3}$/);
        expect(Number(pillar)).toBeGreaterThanOrEqual(0);
        expect(Number(pillar)).toBeLessThanOrEqual(25);
      }
      const sum = pillars.reduce((acc, p) => acc + Number(p), 0);
      expect(Math.abs(Number(score.total) - sum)).toBeLessThanOrEqual(0.5);
    }
  });

  it("spreads totals from the low band to the active band, with some months missing", () => {
    const latest = reps.map((r) => Number(r.scores.at(-1)?.total ?? 0));
    expect(Math.min(...latest)).toBeLessThan(30);
    expect(Math.max(...latest)).toBeGreaterThan(60);
    expect(reps.some((r) => r.scores.length < 12)).toBe(true);
    expect(reps.filter((r) => r.scores.length === 12).length).toBeGreaterThan(12);
  });

  it("is the same plan on every run", () => {
    expect(demoPlan({ repCount: 24, monthCount: 12, lastMonth: "2026-11" })).toEqual(plan);
  });

  it("scales to thousands of reps in more teams", () => {
    const large = demoPlan({ repCount: 5000, monthCount: 36, lastMonth: "2026-11" });
    expect(large.people.filter((p) => p.role === "REP")).toHaveLength(5000);
    expect(large.teams.length).toBe(100);
    expect(new Set(large.people.map((p) => p.email)).size).toBe(large.people.length);
  });
});
