import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import enMessages from "./messages/en.json";
import frMessages from "./messages/fr.json";
import { formatMonth, formatScore, formatShortMonth } from "./format";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("formatting", () => {
  it("writes scores with the locale's decimal mark", () => {
    expect(formatScore("fr", "13.12")).toBe("13,12");
    expect(formatScore("en", "13.118")).toBe("13.118");
    expect(formatScore("fr", "52")).toBe("52");
  });

  it("names months in the locale, whatever the machine's time zone", () => {
    expect(formatMonth("fr", "2026-11")).toBe("novembre 2026");
    expect(formatMonth("en", "2026-01")).toBe("January 2026");
    expect(formatShortMonth("fr", "2026-12")).toBe("déc. 2026");
  });
});

describe("message catalogues", () => {
  it("have the same keys in English and French", () => {
    expect(keys(frMessages).sort()).toEqual(keys(enMessages).sort());
  });

  it("name no key twice in one object (JSON would keep the last one, silently)", () => {
    for (const locale of ["en", "fr"]) {
      const text = readFileSync(path.join(import.meta.dirname, "messages", `${locale}.json`), "utf8");
      // The catalogues are written two spaces a level: a key's indentation is its object's depth.
      const open: Set<string>[] = [];
      const twice: string[] = [];
      for (const line of text.split("\n")) {
        const key = /^(\s*)"((?:[^"\\]|\\.)*)"\s*:/.exec(line);
        if (key) {
          const depth = (key[1] ?? "").length / 2;
          open.length = depth;
          const seen = (open[depth - 1] ??= new Set());
          if (seen.has(key[2] ?? "")) twice.push(`${locale}: ${key[2]}`);
          seen.add(key[2] ?? "");
          if (line.trimEnd().endsWith("{")) open[depth] = new Set();
        }
      }
      expect(twice).toEqual([]);
    }
  });

  it("have no empty message", () => {
    for (const catalogue of [enMessages, frMessages]) {
      const flat = JSON.stringify(catalogue);
      expect(flat).not.toMatch(/:""/);
    }
  });
});
