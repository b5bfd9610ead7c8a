import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { milliToText, normaliseDecimal, optionalNumber, parseDecimal, signedMilli, toMilli } from "./decimal";

describe("parseDecimal", () => {
  it("reads decimal points and decimal commas alike", () => {
    expect(parseDecimal("13.118")).toEqual({ text: "13.118", milli: 13118 });
    expect(parseDecimal("13,118")).toEqual({ text: "13.118", milli: 13118 });
    expect(parseDecimal(" 52 ")).toEqual({ text: "52", milli: 52000 });
    expect(parseDecimal("6,38")).toEqual({ text: "6.38", milli: 6380 });
    expect(parseDecimal("15.000")).toEqual({ text: "15", milli: 15000 });
    expect(parseDecimal("007")).toEqual({ text: "7", milli: 7000 });
  });

  it("refuses what is not a plain non-negative decimal", () => {
    for (const bad of ["", "abc", "-1", "1e3", "1.2.3", "1,2,3", "12.", ".5", "1 000,5", "NaN", "Infinity"]) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
  });

  it("refuses more decimals than allowed", () => {
    expect(parseDecimal("13.1184")).toBeNull();
    expect(parseDecimal("13.11", 1)).toBeNull();
  });

  it("writes and reads negative differences", () => {
    expect(milliToText(-500)).toBe("-0.5");
    expect(milliToText(-2500)).toBe("-2.5");
    expect(signedMilli("-0.5")).toBe(-500);
    expect(signedMilli("3")).toBe(3000);
  });

  it("drops a database column's trailing zeros and turns optional decimals into JSON numbers", () => {
    expect(normaliseDecimal("50.000")).toBe("50");
    expect(normaliseDecimal("12.500")).toBe("12.5");
    expect(normaliseDecimal("-2.50")).toBe("-2.5");
    expect(optionalNumber("20.973")).toBe(20.973);
    expect(optionalNumber(null)).toBeNull();
    expect(optionalNumber(undefined)).toBeNull();
  });

  it("round-trips any three-decimal value exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (milli) => {
        const text = milliToText(milli);
        expect(toMilli(text)).toBe(milli);
        expect(parseDecimal(text.replace(".", ","))?.milli).toBe(milli);
      }),
    );
  });
});

describe("decimal edges", () => {
  it("reads a whole number with no fraction and drops spaces inside the number", () => {
    expect(parseDecimal("52")).toEqual({ text: "52", milli: 52000 });
    expect(parseDecimal("\t52 , 5\n")).toEqual({ text: "52.5", milli: 52500 });
  });

  it("keeps inner zeros of the fraction and drops only the trailing ones", () => {
    expect(parseDecimal("10.050")).toEqual({ text: "10.05", milli: 10050 });
    expect(parseDecimal("10.005")).toEqual({ text: "10.005", milli: 10005 });
  });

  it("refuses to turn a non-decimal into thousandths, naming the value", () => {
    expect(() => toMilli("abc")).toThrow("Not a score decimal: abc");
  });
});
