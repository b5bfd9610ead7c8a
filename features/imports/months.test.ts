import { describe, expect, it } from "vitest";
import { readMonth } from "./months";

describe("readMonth", () => {
  it.each([
    ["2026-01", "2026-01"],
    ["2026/1", "2026-01"],
    ["01/2026", "2026-01"],
    ["1-2026", "2026-01"],
    ["Jan 2026", "2026-01"],
    ["January 2026", "2026-01"],
    ["Sept 2026", "2026-09"],
    ["Sep-26", "2026-09"],
    ["janv. 2026", "2026-01"],
    ["janvier 2026", "2026-01"],
    ["févr. 2026", "2026-02"],
    ["fevr 2026", "2026-02"],
    ["mars 2026", "2026-03"],
    ["juil. 2026", "2026-07"],
    ["août 2026", "2026-08"],
    ["déc.-25", "2025-12"],
    [" DÉCEMBRE 2025 ", "2025-12"],
  ])("reads %s as %s", (heading, expected) => {
    expect(readMonth(heading)).toBe(expected);
  });

  it.each(["", "Team", "13/2026", "2026-13", "Foo 2026", "2026", "Jan", "1999-12", "Jan 20266"])("refuses %s", (heading) => {
    expect(readMonth(heading)).toBeNull();
  });
});
