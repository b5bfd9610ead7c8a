import { describe, expect, it } from "vitest";
import { assessGoal } from "./goals";

const rising = [
  { month: "2026-07", total: "40" },
  { month: "2026-08", total: "42" },
  { month: "2026-09", total: "44" },
  { month: "2026-10", total: "46" },
  { month: "2026-11", total: "48" },
] as const;

describe("assessGoal", () => {
  it("is achieved once a month up to the due month reaches the target", () => {
    expect(assessGoal({ target: "46", dueMonth: "2026-12" }, rising, "2026-11").status).toBe("achieved");
    expect(assessGoal({ target: "44", dueMonth: "2026-09" }, rising, "2026-11").status).toBe("achieved");
  });

  it("is on track when the trend reaches the target by the due month", () => {
    // +2 a month from 48 in November: 50 in December, 56 in March.
    expect(assessGoal({ target: "50", dueMonth: "2026-12" }, rising, "2026-11")).toEqual({ status: "on-track", projected: 50 });
    expect(assessGoal({ target: "56", dueMonth: "2027-03" }, rising, "2026-11").status).toBe("on-track");
  });

  it("is at risk when the trend falls short", () => {
    expect(assessGoal({ target: "75", dueMonth: "2027-07" }, rising, "2026-11")).toEqual({ status: "at-risk", projected: 64 });
  });

  it("is missed when the due month has passed without reaching the target", () => {
    expect(assessGoal({ target: "47", dueMonth: "2026-10" }, rising, "2026-11").status).toBe("missed");
  });

  it("does not count a score logged after the due month", () => {
    expect(assessGoal({ target: "48", dueMonth: "2026-10" }, rising, "2026-11").status).toBe("missed");
  });

  it("is at risk without enough history to draw a trend", () => {
    expect(assessGoal({ target: "50", dueMonth: "2026-12" }, [], "2026-11")).toEqual({ status: "at-risk", projected: null });
    expect(assessGoal({ target: "50", dueMonth: "2026-12" }, [{ month: "2026-11", total: "30" }], "2026-11")).toEqual({
      status: "at-risk",
      projected: null,
    });
  });
});

describe("goal trends", () => {
  it("projects from a least-squares line through uneven months", () => {
    // 30, 36, 33, 39 over four months: slope 2.4 a month, so 39 + 2 × 2.4 by January.
    const uneven = [
      { month: "2026-08", total: "30" },
      { month: "2026-09", total: "36" },
      { month: "2026-10", total: "33" },
      { month: "2026-11", total: "39" },
    ] as const;
    expect(assessGoal({ target: "80", dueMonth: "2027-01" }, uneven, "2026-11")).toEqual({ status: "at-risk", projected: 43.8 });
  });

  it("draws the trend in any order of history and skips months before the trend window", () => {
    const uneven = [
      { month: "2026-11", total: "39" },
      { month: "2026-10", total: "33" },
      { month: "2026-09", total: "36" },
      { month: "2026-08", total: "30" },
      { month: "2025-01", total: "70" },
    ] as const;
    expect(assessGoal({ target: "80", dueMonth: "2027-01" }, uneven, "2026-11")).toEqual({ status: "at-risk", projected: 43.8 });
  });

  it("counts the first month of the trend window and ignores months logged after today", () => {
    const history = [
      { month: "2026-06", total: "20" },
      { month: "2026-11", total: "30" },
      { month: "2026-12", total: "99" },
    ] as const;
    // Window June–November: +2 a month from 30 reaches 32 in December.
    expect(assessGoal({ target: "90", dueMonth: "2026-12" }, history, "2026-11")).toEqual({ status: "at-risk", projected: 32 });
  });

  it("is not missed before the due month has ended", () => {
    expect(assessGoal({ target: "49", dueMonth: "2026-11" }, rising, "2026-11")).toEqual({ status: "at-risk", projected: 48 });
    expect(assessGoal({ target: "48.5", dueMonth: "2026-12" }, rising, "2026-11").status).toBe("on-track");
  });

  it("draws a trend from exactly two months, and projects flat when the months share one point", () => {
    const two = [
      { month: "2026-10", total: "40" },
      { month: "2026-11", total: "45" },
    ] as const;
    expect(assessGoal({ target: "50", dueMonth: "2026-12" }, two, "2026-11")).toEqual({ status: "on-track", projected: 50 });
    const sameMonth = [
      { month: "2026-11", total: "45" },
      { month: "2026-11", total: "45" },
    ] as const;
    expect(assessGoal({ target: "50", dueMonth: "2026-12" }, sameMonth, "2026-11")).toEqual({ status: "at-risk", projected: 45 });
  });

  it("caps the projection between 0 and 100", () => {
    const steep = [
      { month: "2026-10", total: "60" },
      { month: "2026-11", total: "90" },
    ] as const;
    expect(assessGoal({ target: "100", dueMonth: "2027-06" }, steep, "2026-11").projected).toBe(100);
    const falling = [
      { month: "2026-10", total: "40" },
      { month: "2026-11", total: "10" },
    ] as const;
    expect(assessGoal({ target: "50", dueMonth: "2027-06" }, falling, "2026-11").projected).toBe(0);
  });
});
