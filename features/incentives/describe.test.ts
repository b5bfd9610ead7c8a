import { describe, expect, it } from "vitest";
import { goalProgress, pointsNeeded, type Say } from "./describe";
import type { ChallengeKind, ChallengeStanding } from "./kinds";

// Echoes the key and its values, so that a test reads which wording was picked.
const say: Say = (key, values) => `${key} ${JSON.stringify(values)}`;
const goal = (kind: ChallengeKind, current: string | null, target: string | null, extra: Partial<ChallengeStanding> = {}): ChallengeStanding => ({
  challengeId: "c", title: "T", kind, status: "in-progress", progress: { current, target },
  reward: { text: "R", amount: null, currency: null }, from: "2026-11", to: "2026-11", winners: null, ...extra,
});

describe("a goal's progress in words", () => {
  it("words each kind in its style: places, signed points, a share, reps or a plain SSI", () => {
    expect(goalProgress(goal("race", "4", null, { position: 2 }), "en", say)).toBe('progress.position {"position":2,"current":"+4"}');
    expect(goalProgress(goal("pillar-gain", "1.5", "3"), "fr", say)).toBe('progress.of {"current":"+1,5","target":"+3"}');
    expect(goalProgress(goal("fair-gain", "12.5", "20"), "en", say)).toBe('progress.percent {"current":"12.5","target":"20"}');
    expect(goalProgress(goal("team-all", "3", "5"), "en", say)).toBe('progress.reps {"current":3,"target":5}');
    expect(goalProgress(goal("team-average", "61.5", "60"), "en", say)).toBe('progress.of {"current":"61.5","target":"60"}');
  });

  it("says nothing before there is a figure", () => {
    expect(goalProgress(goal("gain", null, "10"), "en", say)).toBeNull();
  });
});

describe("points still needed", () => {
  it("counts an SSI to reach from 0 before any entry, but a gain only once measured", () => {
    expect(pointsNeeded(goal("threshold", null, "70"))).toBe("70");
    expect(pointsNeeded(goal("gain", null, "10"))).toBeNull();
    expect(pointsNeeded(goal("gain", "6", "10"))).toBe("4");
  });

  it("is not said for goals not measured in points", () => {
    expect(pointsNeeded(goal("fair-gain", "5", "20"))).toBeNull();
    expect(pointsNeeded(goal("team-average", "50", "60"))).toBeNull();
  });
});
