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

  it("have no empty message", () => {
    for (const catalogue of [enMessages, frMessages]) {
      const flat = JSON.stringify(catalogue);
      expect(flat).not.toMatch(/:""/);
    }
  });
});
