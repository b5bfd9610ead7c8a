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
    expect(assessGoal({ target: "50", dueMonth: "2026-12" }, [{ month: "2026-11", total: "30" }], "2026-11").status).toBe("at-risk");
  });
});
