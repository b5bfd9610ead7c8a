import { describe, expect, it } from "vitest";
import { MAX_TEXT, numberValue, textValue, wallClock } from "./cells";

describe("workbook cell values", () => {
  it("turns exact decimals into the number that reads back as the same decimal", () => {
    expect(numberValue("18.412")).toBe(18.412);
    expect(String(numberValue("20.97"))).toBe("20.97");
    expect(numberValue("50.000")).toBe(50);
    expect(numberValue("-2.5")).toBe(-2.5);
    expect(numberValue(4)).toBe(4);
  });

  it("refuses what is not an exact decimal, or more digits than a number holds", () => {
    for (const bad of ["1e3", "", "12,5", " 3", "Infinity", "1234567890.123456"]) expect(() => numberValue(bad), bad).toThrow(RangeError);
    expect(() => numberValue(1.5)).toThrow(RangeError);
  });

  it("shows an instant on the wall clock of the zone, daylight saving included", () => {
    expect(wallClock("2026-07-01T10:00:00.000Z", "Europe/Paris")).toEqual(new Date(Date.UTC(2026, 6, 1, 12)));
    expect(wallClock("2026-01-01T10:00:00.250Z", "Europe/Paris")).toEqual(new Date(Date.UTC(2026, 0, 1, 11, 0, 0, 250)));
    expect(wallClock("2026-01-01T23:59:59.000Z")).toEqual(new Date(Date.UTC(2026, 0, 1, 23, 59, 59)));
    expect(() => wallClock("yesterday")).toThrow(RangeError);
  });

  it("leaves empty text an empty cell and cuts text to what Excel keeps", () => {
    expect(textValue("")).toBeNull();
    expect(textValue("x".repeat(MAX_TEXT + 10))).toHaveLength(MAX_TEXT);
  });
});
