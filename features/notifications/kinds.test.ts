import { describe, expect, it } from "vitest";
import en from "@/platform/i18n/messages/en.json";
import fr from "@/platform/i18n/messages/fr.json";
import { kindsFor, nextFreeSlot, NOTIFICATION_KINDS, SWITCHABLE_KINDS } from "./kinds";

describe("the kinds of message", () => {
  it("each have a name in both catalogues, and account messages cannot be switched off", () => {
    for (const catalogue of [en, fr]) {
      for (const kind of NOTIFICATION_KINDS) expect(catalogue.notifications.kinds[kind], kind).toMatch(/\S/);
    }
    expect(SWITCHABLE_KINDS).not.toContain("invitation");
    expect(SWITCHABLE_KINDS).not.toContain("password-reset");
  });

  it("are offered to each person as plan.ts sends them: reps' to reps, managers' to managers, admins' to admins", () => {
    expect(kindsFor("REP")).toEqual(["log-reminder", "log-last-call", "tier-reached", "challenge-won", "challenge-new"]);
    expect(kindsFor("MANAGER")).toEqual(["manager-digest", "month-summary"]);
    expect(kindsFor("ADMIN")).toEqual(["month-closed", "delivery-failed"]);
  });
});

describe("the daily limit", () => {
  const now = new Date("2027-03-10T12:00:00Z");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

  it("lets a message go at once while the recipient has room in the last 24 hours", () => {
    expect(nextFreeSlot([], 1, now)).toEqual(now);
    expect(nextFreeSlot([hoursAgo(30)], 1, now)).toEqual(now);
    expect(nextFreeSlot([hoursAgo(2)], 3, now)).toEqual(now);
  });

  it("holds one more until the oldest message of the window is a day old", () => {
    expect(nextFreeSlot([hoursAgo(2)], 1, now)).toEqual(new Date(hoursAgo(2).getTime() + 24 * 3600_000));
    // A person already holding a message for tomorrow: the next waits a day after that one.
    const tomorrow = new Date(now.getTime() + 22 * 3600_000);
    expect(nextFreeSlot([tomorrow, hoursAgo(2)], 1, now)).toEqual(new Date(tomorrow.getTime() + 24 * 3600_000));
    expect(nextFreeSlot([hoursAgo(5), hoursAgo(1)], 2, now)).toEqual(new Date(hoursAgo(5).getTime() + 24 * 3600_000));
  });
});
