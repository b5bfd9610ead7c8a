import { describe, expect, it } from "vitest";
import {
  addMonths,
  currentMonth,
  dateToMonth,
  firstDay,
  isCalendarDay,
  isMonth,
  monthOf,
  monthRange,
  monthsBetween,
  monthToDate,
  type Month,
} from "./month";

describe("months", () => {
  it("runs in a non-UTC time zone, so a local-time bug would show", () => {
    expect(new Date(Date.UTC(2026, 10, 1)).getTimezoneOffset()).not.toBe(0);
  });

  it("stores a month as its first day at UTC midnight and reads it back unchanged", () => {
    const date = monthToDate("2026-11");
    expect(date.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(dateToMonth(date)).toBe("2026-11");
    expect(dateToMonth(monthToDate("2026-01"))).toBe("2026-01");
  });

  it("writes a month's first day as the day a raw query casts to a date", () => {
    expect(firstDay("2026-11")).toBe("2026-11-01");
    expect(firstDay("2026-11")).toBe(monthToDate("2026-11").toISOString().slice(0, 10));
  });

  it("validates YYYY-MM", () => {
    expect(isMonth("2026-11")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth("26-11")).toBe(false);
    expect(() => monthToDate("2026-00" as Month)).toThrow(RangeError);
  });

  it("takes no month before 1900: PostgreSQL has no year 0, and a board reads the year before", () => {
    for (const month of ["0000-01", "0001-02", "1899-12"]) expect(isMonth(month), month).toBe(false);
    for (const month of ["1900-01", "2014-06", "9999-12"]) expect(isMonth(month), month).toBe(true);
  });

  it("takes a day only when the calendar has it", () => {
    for (const day of ["2026-02-28", "2024-02-29", "2000-02-29", "2026-04-30", "2026-12-31", "1900-01-01", "9999-12-31"]) expect(isCalendarDay(day), day).toBe(true);
    for (const day of ["2026-02-29", "2026-02-30", "1900-02-29", "2026-04-31", "2026-06-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01", "1899-12-31", "2026-1-01", " 2026-01-01", "2026-01-01T00:00"]) {
      expect(isCalendarDay(day), day).toBe(false);
    }
  });

  it("moves across year boundaries", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", -12)).toBe("2025-11");
    expect(monthOf(2026, 13)).toBe("2027-01");
  });

  it("lists a range of months, both ends included", () => {
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthRange("2026-02", "2026-01")).toEqual([]);
  });

  it("takes the current month from the calendar of the given time zone", () => {
    const instant = new Date("2026-11-30T23:30:00Z");
    expect(currentMonth("UTC", instant)).toBe("2026-11");
    expect(currentMonth("Europe/Paris", instant)).toBe("2026-12");
    expect(currentMonth("America/Los_Angeles", new Date("2026-12-01T05:00:00Z"))).toBe("2026-11");
  });
});

describe("month edges", () => {
  it("refuses text around a month and says which value was wrong", () => {
    expect(isMonth("x2026-11")).toBe(false);
    expect(isMonth("2026-11x")).toBe(false);
    expect(() => monthToDate("2026-13" as Month)).toThrow("Not a month (YYYY-MM): 2026-13");
  });

  it("pads years before 1000 with zeros", () => {
    expect(monthOf(999, 3)).toBe("0999-03");
  });

  it("counts the months between two months, across years and backwards", () => {
    expect(monthsBetween("2026-11", "2026-11")).toBe(0);
    expect(monthsBetween("2025-11", "2026-02")).toBe(3);
    expect(monthsBetween("2026-02", "2025-11")).toBe(-3);
    expect(monthsBetween("2024-03", "2026-01")).toBe(22);
  });
});
