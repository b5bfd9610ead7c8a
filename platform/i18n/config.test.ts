import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./config";

describe("localeFromAcceptLanguage", () => {
  it("picks French for a French browser, with or without region", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("fr-CA")).toBe("fr");
  });

  it("respects quality values", () => {
    expect(localeFromAcceptLanguage("en;q=0.4,fr;q=0.9")).toBe("fr");
    expect(localeFromAcceptLanguage("de-DE,en;q=0.7,fr;q=0.5")).toBe("en");
  });

  it("falls back to English for unknown, empty or malformed headers", () => {
    expect(localeFromAcceptLanguage("de-DE")).toBe("en");
    expect(localeFromAcceptLanguage("")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage(";;;,q=abc")).toBe("en");
  });
});
