// Score numbers as users type them ("13,118", "13.118", " 52 ") parsed into
// exact thousandths, so sums and comparisons never meet floating point.

export interface ParsedDecimal {
  /** Normalised text with a decimal point, e.g. "13.118". */
  text: string;
  /** The value in thousandths: 13.118 → 13118. */
  milli: number;
}

const DECIMAL = /^(\d{1,3})(?:[.,](\d+))?$/;

/** Parses a non-negative decimal with a point or a comma; null when it is not one or has too many decimals. */
export function parseDecimal(input: string, maxDecimals = 3): ParsedDecimal | null {
  const match = DECIMAL.exec(input.trim().replace(/\s+/g, ""));
  if (!match?.[1]) return null;
  const whole = match[1];
  const fraction = match[2] ?? "";
  if (fraction.length > maxDecimals) return null;
  const milli = Number(whole) * 1000 + Number(fraction.padEnd(3, "0") || "0");
  const trimmedFraction = fraction.replace(/0+$/, "");
  const text = `${Number(whole)}${trimmedFraction ? `.${trimmedFraction}` : ""}`;
  return { text, milli };
}

/** Thousandths back to a normalised decimal string: 52603 → "52.603", -500 → "-0.5". */
export function milliToText(milli: number): string {
  const sign = milli < 0 ? "-" : "";
  const abs = Math.abs(milli);
  const fraction = String(abs % 1000).padStart(3, "0").replace(/0+$/, "");
  return `${sign}${Math.trunc(abs / 1000)}${fraction ? `.${fraction}` : ""}`;
}

/** A possibly negative decimal string (a progress figure) to thousandths ("-2.5" → -2500). */
export function signedMilli(value: string): number {
  return value.startsWith("-") ? -toMilli(value.slice(1)) : toMilli(value);
}

/** A stored decimal string to thousandths ("13.118" → 13118). */
export function toMilli(value: string): number {
  const parsed = parseDecimal(value);
  if (!parsed) throw new RangeError(`Not a score decimal: ${value}`);
  return parsed.milli;
}

/** A decimal string the database or a rule produced, without trailing zeros ("50.000" → "50"). */
export function normaliseDecimal(value: string): string {
  return milliToText(signedMilli(value));
}

/** A decimal string as a JSON number; null (or missing) stays null. */
export function optionalNumber(value: string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
