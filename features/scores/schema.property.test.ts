// The score schema accepts exactly the valid entries: random inputs, valid
// and not, are judged by the schema and by the rules written out again here,
// independently of platform/numbers/decimal.ts and score.ts (a bug copied into both
// would have to be written twice, differently).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreInputSchema } from "./schema";

const CURRENT = "2026-11";

/** The rules, as a product owner would state them. */
const RULES = {
  brand: { min: 0, max: 25, decimals: 3, required: true },
  people: { min: 0, max: 25, decimals: 3, required: true },
  insights: { min: 0, max: 25, decimals: 3, required: true },
  relationships: { min: 0, max: 25, decimals: 3, required: true },
  total: { min: 0, max: 100, decimals: 3, required: false },
  industryRankPct: { min: 1, max: 100, decimals: 2, required: false },
  networkRankPct: { min: 1, max: 100, decimals: 2, required: false },
  industryAvg: { min: 0, max: 100, decimals: 3, required: false },
  networkAvg: { min: 0, max: 100, decimals: 3, required: false },
} as const;
type Field = keyof typeof RULES;
const FIELDS = Object.keys(RULES) as Field[];

/**
 * A number as a rep may type it: up to three digits, then optionally a point
 * or a comma and at least one digit; spaces anywhere are ignored. Its value
 * in thousandths, or null when it is not such a number or has too many
 * decimals. Also what a JSON number reads as (its shortest text).
 */
function thousandths(raw: unknown, decimals: number): number | null {
  if (typeof raw !== "string" && typeof raw !== "number") return null;
  const text = String(raw).split("").filter((c) => !/\s/.test(c)).join("");
  const mark = [...text].findIndex((c) => c === "." || c === ",");
  const whole = mark === -1 ? text : text.slice(0, mark);
  const fraction = mark === -1 ? "" : text.slice(mark + 1);
  const digits = (s: string) => s.length > 0 && [...s].every((c) => c >= "0" && c <= "9");
  if (!digits(whole) || whole.length > 3) return null;
  if (mark !== -1 && !digits(fraction)) return null;
  if (fraction.length > decimals) return null;
  return Number(whole) * 1000 + Number((fraction + "000").slice(0, 3));
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const isMonthText = (v: unknown) => typeof v === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(v.trim());

/** Whether the rules accept `input`, and the total they store. */
function judge(input: Record<string, unknown>): { valid: false } | { valid: true; totalMilli: number } {
  const month = typeof input.month === "number" ? String(input.month) : input.month;
  if (!isMonthText(month) || (month as string).trim() > CURRENT) return { valid: false };
  const values: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    const rule = RULES[field];
    if (blank(input[field])) {
      if (rule.required) return { valid: false };
      continue;
    }
    const value = thousandths(input[field], rule.decimals);
    if (value === null || value < rule.min * 1000 || value > rule.max * 1000) return { valid: false };
    values[field] = value;
  }
  const sum = (values.brand ?? 0) + (values.people ?? 0) + (values.insights ?? 0) + (values.relationships ?? 0);
  // A blank total is the sum rounded to a whole point, halves up; a given one may differ from the sum by 1 point.
  const total = values.total ?? Math.floor((sum + 500) / 1000) * 1000;
  return Math.abs(total - sum) <= 1000 ? { valid: true, totalMilli: total } : { valid: false };
}

/** Numbers written every way a rep (or a script) might: in and out of range, points and commas, spaces, too many decimals. */
const typedNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 130 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(".", ","), fc.constantFrom("", " ", "  "))
    .map(([whole, fraction, decimals, mark, pad]) => `${pad}${whole}${decimals > 0 ? mark + String(fraction).padStart(4, "0").slice(0, decimals) : ""}${pad}`),
  fc.integer({ min: 0, max: 25 }).map(String),
  fc.double({ min: -5, max: 130, noNaN: false }),
  fc.integer({ min: -10, max: 200 }),
  fc.constantFrom("", " ", "abc", "1e2", "-1", "+5", "1.", ".5", "12..5", "1,2,3", "0x10", "١٢", "1 2", "0001", "25.0000", "Infinity", "NaN"),
  fc.string({ maxLength: 6 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
);

const month = fc.oneof(
  fc.tuple(fc.integer({ min: 2019, max: 2027 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc.constantFrom(CURRENT, "2026-12", " 2026-10 ", "2026-1", "2026/10", "", null, undefined, 202610),
);

/** Thousandths as a rep would type them, with 0 to 4 decimals shown ("12.5", "12.500", "12,5000"). */
const milliText = (milli: number, shown: number, mark: "." | ",") => {
  const whole = Math.floor(milli / 1000);
  const fraction = String(milli % 1000).padStart(3, "0").padEnd(4, "0").slice(0, shown);
  return shown === 0 ? String(whole) : `${whole}${mark}${fraction}`;
};

/** Values at the edges of `field`'s rule: just under, at and just over its limits, with just too many decimals. */
const edge = (field: Field) => {
  const { min, max, decimals } = RULES[field];
  const step = decimals === 2 ? 10 : 1;
  return fc.tuple(
    fc.constantFrom(min * 1000 - step, min * 1000, min * 1000 + step, max * 1000 - step, max * 1000, max * 1000 + step, max * 1000 + 1, min * 1000 + 1),
    fc.constantFrom(decimals, decimals + 1, 0, 3),
    fc.constantFrom(".", ",") as fc.Arbitrary<"." | ",">,
  ).map(([milli, shown, mark]) => (milli < 0 ? `-${milliText(-milli, shown, mark)}` : milliText(milli, shown, mark)));
};

/**
 * Entries built to be close to valid (pillars that add up, a total within a
 * little more than a point of their sum), then up to two values replaced by
 * an edge of their rule or by anything at all.
 */
const entry = fc
  .tuple(
    month,
    fc.array(fc.integer({ min: 0, max: 25_000 }), { minLength: 4, maxLength: 4 }),
    fc.option(fc.integer({ min: -1100, max: 1100 }), { nil: null }),
    fc.array(fc.constantFrom(...FIELDS), { maxLength: 2 }).chain((fields) =>
      fc.tuple(...fields.map((field) => fc.tuple(fc.constant(field), fc.oneof({ weight: 3, arbitrary: edge(field) }, { weight: 1, arbitrary: typedNumber })))),
    ),
    fc.constantFrom(".", ",") as fc.Arbitrary<"." | ",">,
  )
  .map(([m, pillars, drift, replaced, mark]) => {
    const [brand, people, insights, relationships] = pillars.map((p) => milliText(p, 3, mark));
    const sum = pillars.reduce((a, b) => a + b, 0);
    const base: Record<string, unknown> = { month: m, brand, people, insights, relationships };
    if (drift !== null) base.total = milliText(Math.max(0, sum + drift), 3, mark);
    return { ...base, ...Object.fromEntries(replaced) };
  });

describe("the score schema", () => {
  it("accepts exactly the entries the rules accept, and stores the total they give", () => {
    const schema = scoreInputSchema(CURRENT);
    let accepted = 0;
    fc.assert(
      fc.property(entry, (input) => {
        const verdict = judge(input);
        const result = schema.safeParse(input);
        expect(result.success, JSON.stringify(input)).toBe(verdict.valid);
        if (result.success && verdict.valid) {
          accepted++;
          expect(thousandths(result.data.total, 3)).toBe(verdict.totalMilli);
        }
      }),
      { numRuns: 5000 },
    );
    // Not a vacuous agreement: many inputs on each side.
    expect(accepted).toBeGreaterThan(500);
  });
});
