import { describe, expect, it } from "vitest";
import { controlCharacterFields, controlCharacterParams, hasControlCharacter, isSingleLine } from "./control-characters";

const refused = { code: "control-characters" };

describe("control characters", () => {
  it("are NUL, the other C0 controls, DEL and the C1 controls; notes keep tabs and line breaks", () => {
    for (const text of ["a\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b[31m", "\u001f", "\u007f", "\u0085", "\u009f"]) {
      expect(hasControlCharacter(text), JSON.stringify(text)).toBe(true);
      expect(isSingleLine(text), JSON.stringify(text)).toBe(false);
    }
    for (const text of ["Léa O'Neil", "Zoë 😀", "\u00a0", "a\tb", "line\nline", "\r\n", ""]) expect(hasControlCharacter(text), JSON.stringify(text)).toBe(false);
    for (const text of ["a\tb", "line\nline", "\r"]) expect(isSingleLine(text), JSON.stringify(text)).toBe(false);
    expect(isSingleLine("Léa O'Neil")).toBe(true);
  });

  it("are found in any field of a body, nested ones by their path, and in field names", () => {
    expect(controlCharacterFields({ userId: "a\u0000", brand: 10, note: "two\nlines" })).toEqual({ userId: refused });
    expect(controlCharacterFields({ reward: { text: "x\u0007" }, tiers: [{ name: "ok" }, { name: "\u0000" }] })).toEqual({ "reward.text": refused, "tiers.1.name": refused });
    expect(controlCharacterFields({ mapping: { "Email\u0000": "email" } })).toEqual({ mapping: refused });
    expect(controlCharacterFields({ "\u0000": 1 })).toEqual({ body: refused });
    expect(controlCharacterFields("\u0000")).toEqual({ body: refused });
    expect(controlCharacterFields({ name: "Léa", list: [1, null, true, "ok"], file: new Blob(["\u0000"]), bytes: Uint8Array.of(0) })).toEqual({});
  });

  it("are found however deep a body nests, without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(Object.keys(controlCharacterFields(deep))).toHaveLength(1);
  });

  it("are found in query and path parameters, by name", () => {
    expect(controlCharacterParams(new URLSearchParams("team=%00&month=2026-10&mapping=%7B%0A%7D"))).toEqual({ team: refused });
    expect(controlCharacterParams(new URLSearchParams("%00=1"))).toEqual({ query: refused });
    expect(controlCharacterParams(Object.entries({ id: "a\u0001" }))).toEqual({ id: refused });
  });
});
