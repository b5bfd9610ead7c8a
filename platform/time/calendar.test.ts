import { afterEach, describe, expect, it } from "vitest";
import { daysLeftUntilEndOf, thisMonth } from "./calendar";

describe("company calendar", () => {
  afterEach(() => {
    delete process.env.SSI_TIME_ZONE;
  });

  it("counts the days left to a month's end in the company's time zone, whatever the machine's", () => {
    process.env.SSI_TIME_ZONE = "Europe/Paris"; // thisMonth reads it
    // 23:30 UTC on 30 November is already 1 December in Paris (UTC+1).
    const lateEvening = new Date("2026-11-30T23:30:00Z");
    expect(thisMonth(lateEvening)).toBe("2026-12");
    expect(daysLeftUntilEndOf("2026-12", "Europe/Paris", lateEvening)).toBe(30);
    expect(daysLeftUntilEndOf("2026-11", "Europe/Paris", new Date("2026-11-21T12:00:00Z"))).toBe(9);
    expect(daysLeftUntilEndOf("2026-11", "Europe/Paris", new Date("2026-11-30T12:00:00Z"))).toBe(0);
    expect(daysLeftUntilEndOf("2026-11", "Europe/Paris", lateEvening)).toBe(0);
    expect(daysLeftUntilEndOf("2027-02", "Europe/Paris", new Date("2027-01-31T12:00:00Z"))).toBe(28);
  });
});
