import { describe, expect, it } from "vitest";
import { dueAt, firstWorkingDay, localDay } from "./schedule";

describe("the company calendar of the scheduled messages", () => {
  it("finds the first working day past a weekend", () => {
    expect(firstWorkingDay("2027-05")).toBe(3); // Saturday 1st, Sunday 2nd
    expect(firstWorkingDay("2027-08")).toBe(2); // Sunday 1st
    expect(firstWorkingDay("2027-03")).toBe(1); // Monday
  });

  it("reads the day in the company's zone, not the server's", () => {
    // 23:30 UTC on 31 May is already 1 June in Paris, still 31 May in New York.
    const now = new Date("2027-05-31T23:30:00Z");
    expect(localDay(now, "Europe/Paris")).toMatchObject({ month: "2027-06", day: 1, hour: 1 });
    expect(localDay(now, "America/New_York")).toMatchObject({ month: "2027-05", day: 31, hour: 19, days: 31 });
  });

  it("sends the month's reminder on its first working day, from nine", () => {
    expect(dueAt(new Date("2027-03-01T07:59:00Z"), "Europe/Paris").due).toEqual([]); // 08:59 in Paris
    expect(dueAt(new Date("2027-03-01T08:00:00Z"), "Europe/Paris")).toEqual({ month: "2027-03", due: ["log-reminder"] });
    expect(dueAt(new Date("2027-03-02T08:00:00Z"), "Europe/Paris").due).toEqual([]);
  });

  it("sends the last call and the digest three days before the month ends", () => {
    // February 2027 has 28 days: the 25th.
    expect(dueAt(new Date("2027-02-25T10:00:00Z"), "Europe/Paris").due).toEqual(["log-last-call", "manager-digest"]);
    expect(dueAt(new Date("2027-02-24T10:00:00Z"), "Europe/Paris").due).toEqual([]);
    // A leap year: the 26th of February 2028.
    expect(dueAt(new Date("2028-02-26T10:00:00Z"), "Europe/Paris").due).toEqual(["log-last-call", "manager-digest"]);
    expect(dueAt(new Date("2027-04-27T10:00:00Z"), "Asia/Tokyo").due).toEqual(["log-last-call", "manager-digest"]);
  });
});
