import { describe, expect, it } from "vitest";
import { sheetName } from "./sheet-name";

describe("sheet names Excel accepts", () => {
  it("keeps a name that is already fine, accents and typographic apostrophes included", () => {
    expect(sheetName("Journal d’audit")).toBe("Journal d’audit");
    expect(sheetName("Rapport des versements")).toBe("Rapport des versements");
  });

  it("replaces the characters Excel refuses and drops apostrophes at either end", () => {
    expect(sheetName("a[b]c:d*e?f/g\\h")).toBe("a b c d e f g h");
    expect(sheetName("'North'")).toBe("North");
    expect(sheetName("line\none")).toBe("line one");
  });

  it("cuts to 31 characters without splitting a character, or trailing an apostrophe", () => {
    expect(sheetName("x".repeat(40))).toHaveLength(31);
    expect(sheetName(`${"x".repeat(30)}😀`)).toBe("x".repeat(30));
    expect(sheetName(`${"x".repeat(30)}'y`)).toBe("x".repeat(30));
  });

  it("falls back when nothing is left, and steers clear of the reserved History", () => {
    expect(sheetName("[]?*")).toBe("Sheet1");
    expect(sheetName("", "Board")).toBe("Board");
    expect(sheetName("History")).toBe("History 1");
  });
});
