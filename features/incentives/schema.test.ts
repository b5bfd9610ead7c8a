import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/platform/forms/field-errors";
import { challengeSchema, nestFields, tierSetSchema } from "./schema";

const errors = (result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) =>
  result.error ? Object.fromEntries(Object.entries(fieldErrors(result.error)).map(([k, v]) => [k, v?.code])) : {};

const reward = { text: "Dinner" };
const base = { title: "Restaurant +10", kind: "gain", teamId: null, from: "2026-11", to: "2026-11", target: 10, reward };

describe("tier set input", () => {
  it("accepts tiers with rewards in money or not, and upper-cases the currency", () => {
    const parsed = tierSetSchema.parse({
      effectiveFrom: "2026-12",
      tiers: [
        { name: "Gold", minTotal: 70, reward: { text: "€150", amount: "150", currency: "eur" } },
        { name: "Silver", minTotal: "60,5", reward: { text: "A mention" } },
      ],
    });
    expect(parsed.tiers).toEqual([
      { name: "Gold", minTotal: "70", reward: { text: "€150", amount: "150", currency: "EUR" } },
      { name: "Silver", minTotal: "60.5", reward: { text: "A mention", amount: null, currency: null } },
    ]);
  });

  it("names the field of every mistake: out-of-range minimums, an amount without currency, a bad month", () => {
    const result = tierSetSchema.safeParse({
      effectiveFrom: "2026-13",
      tiers: [
        { name: "Gold", minTotal: 70, reward: { text: "x", amount: "150" } },
        { name: "Silver", minTotal: "60", reward },
        { name: "", minTotal: 101, reward: { text: "x", currency: "EURO" } },
      ],
    });
    expect(errors(result)).toEqual({
      effectiveFrom: "month-invalid",
      "tiers.0.reward.currency": "currency-required",
      "tiers.2.name": "required",
      "tiers.2.minTotal": "tier-min-range",
      "tiers.2.reward.currency": "currency-invalid",
    });
  });

  it("reads the form's numbered fields, skipping blank spare rows but keeping row numbers in errors", () => {
    const form = nestFields({
      effectiveFrom: "2026-12",
      "tiers.0.name": "Gold",
      "tiers.0.minTotal": "70",
      "tiers.0.reward.text": "€150",
      "tiers.1.name": "",
      "tiers.1.minTotal": "",
      "tiers.1.reward.text": "",
      "tiers.2.name": "Silver",
      "tiers.2.minTotal": "70",
      "tiers.2.reward.text": "€75",
    });
    expect(errors(tierSetSchema.safeParse(form))).toEqual({ "tiers.2.minTotal": "tier-min-duplicate" });
    expect(errors(tierSetSchema.safeParse({ effectiveFrom: "2026-12", tiers: [{ name: "A", minTotal: "70", reward }, { name: "B", minTotal: "70.000", reward }] }))).toEqual({
      "tiers.1.minTotal": "tier-min-duplicate",
    });
    // Named beside other mistakes, once every minimum can be read.
    expect(errors(tierSetSchema.safeParse({ effectiveFrom: "2026-12", tiers: [{ name: "", minTotal: "70", reward }, { name: "B", minTotal: "70", reward }] }))).toEqual({
      "tiers.0.name": "required",
      "tiers.1.minTotal": "tier-min-duplicate",
    });
    expect(tierSetSchema.parse({ ...form, tiers: (form.tiers as unknown[]).slice(0, 2) }).tiers).toHaveLength(1);
  });
});

describe("challenge input", () => {
  it("accepts each kind with what it needs and drops what it does not use", () => {
    expect(challengeSchema.parse({ ...base, pillar: "brand", winners: 3 })).toMatchObject({ target: "10", pillar: null, winners: null, measure: null });
    expect(challengeSchema.parse({ ...base, kind: "race", target: null, winners: "2" })).toMatchObject({ target: null, winners: 2, measure: "gain" });
    expect(challengeSchema.parse({ ...base, kind: "pillar-gain", pillar: "insights", target: "3" })).toMatchObject({ pillar: "insights" });
    expect(challengeSchema.parse({ ...base, kind: "team-race", winners: 1, target: "" })).toMatchObject({ teamId: null, winners: 1 });
  });

  it("refuses an end before the start, an unknown kind or pillar, a race without winners, a team race for one team", () => {
    expect(errors(challengeSchema.safeParse({ ...base, from: "2026-12", to: "2026-11" }))).toEqual({ to: "period-order" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "lottery" }))).toEqual({ kind: "kind-unknown" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "pillar-gain", pillar: "charm" }))).toEqual({ pillar: "pillar-unknown" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "pillar-gain" }))).toEqual({ pillar: "pillar-required" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "race" }))).toEqual({ winners: "winners-required" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "team-race", teamId: "t1", winners: 1 }))).toEqual({ teamId: "team-race-company" });
    expect(errors(challengeSchema.safeParse({ ...base, target: null }))).toEqual({ target: "target-required" });
    expect(errors(challengeSchema.safeParse({ ...base, target: 0 }))).toEqual({ target: "target-points" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "pillar-gain", pillar: "brand", target: 26 }))).toEqual({ target: "target-pillar-points" });
    expect(errors(challengeSchema.safeParse({ ...base, from: "2026-01", to: "2027-01" }))).toEqual({ to: "period-too-long" });
    expect(errors(challengeSchema.safeParse({ ...base, title: " ", reward: {} }))).toEqual({ title: "required", "reward.text": "required" });
    // Every mistake at once: a missing title does not hide a period that ends before it starts.
    expect(errors(challengeSchema.safeParse({ ...base, title: "", kind: "pillar-gain", target: 30, from: "2026-12" }))).toEqual({
      title: "required", to: "period-order", pillar: "pillar-required", target: "target-pillar-points",
    });
  });
});

describe("edges of the inputs", () => {
  const tier = (minTotal: unknown, extra: object = {}) => ({ name: `T${String(minTotal)}`, minTotal, reward, ...extra });

  it("rewards: an amount has at most two decimals and goes with a currency, and the other way round", () => {
    const parse = (r: object) => errors(tierSetSchema.safeParse({ effectiveFrom: "2026-12", tiers: [tier(50, { reward: { text: "x", ...r } })] }));
    expect(parse({ amount: "12.345", currency: "EUR" })).toEqual({ "tiers.0.reward.amount": "amount-invalid" });
    expect(parse({ currency: "EUR" })).toEqual({ "tiers.0.reward.amount": "amount-required" });
    expect(parse({ amount: "-5", currency: "EUR" })).toEqual({ "tiers.0.reward.amount": "amount-invalid" });
    const ok = tierSetSchema.parse({ effectiveFrom: "2026-12", tiers: [tier(50, { reward: { text: "x", amount: " 75,5 ", currency: " usd " } })] });
    expect(ok.tiers[0]?.reward).toEqual({ text: "x", amount: "75.5", currency: "USD" });
  });

  it("tiers: minimums from 0 to 100 inclusive, at most ten, and an empty list ends the tiers", () => {
    expect(tierSetSchema.parse({ effectiveFrom: "2026-12", tiers: [tier(0), tier(100)] }).tiers.map((t) => t.minTotal)).toEqual(["0", "100"]);
    expect(tierSetSchema.parse({ effectiveFrom: "2026-12", tiers: [] }).tiers).toEqual([]);
    const ten = Array.from({ length: 10 }, (_, i) => tier(i * 10));
    expect(tierSetSchema.safeParse({ effectiveFrom: "2026-12", tiers: ten }).success).toBe(true);
    expect(errors(tierSetSchema.safeParse({ effectiveFrom: "2026-12", tiers: [...ten, tier(95)] }))).toEqual({ tiers: "tiers-too-many" });
    expect(errors(tierSetSchema.safeParse({ effectiveFrom: "2026-12", tiers: [tier(-1)] }))).toEqual({ "tiers.0.minTotal": "tier-min-range" });
    expect(errors(tierSetSchema.safeParse({ effectiveFrom: " 2026-12 ", tiers: "none" }))).toEqual({ tiers: "tiers-required" });
  });

  it("challenges: targets up to their maximum inclusive, twelve months at most, a team's gain, whole numbers of winners", () => {
    expect(challengeSchema.parse({ ...base, kind: "threshold", target: "100" }).target).toBe("100");
    expect(challengeSchema.parse({ ...base, kind: "pillar-gain", pillar: "people", target: 25 }).target).toBe("25");
    expect(challengeSchema.parse({ ...base, kind: "fair-gain", target: "12,5" }).target).toBe("12.5");
    expect(errors(challengeSchema.safeParse({ ...base, kind: "fair-gain", target: "100.001" }))).toEqual({ target: "target-percent" });
    expect(challengeSchema.safeParse({ ...base, from: "2026-01", to: "2026-12" }).success).toBe(true);
    expect(challengeSchema.parse({ ...base, teamId: "t1" }).teamId).toBe("t1");
    expect(challengeSchema.parse({ ...base, kind: "race", winners: 1000 }).winners).toBe(1000);
    expect(errors(challengeSchema.safeParse({ ...base, kind: "race", winners: "0" }))).toEqual({ winners: "winners-invalid" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "race", winners: "2.5" }))).toEqual({ winners: "winners-invalid" });
    expect(errors(challengeSchema.safeParse({ ...base, kind: "race", winners: 1, measure: "luck" }))).toEqual({ measure: "measure-unknown" });
    expect(challengeSchema.parse({ ...base, kind: "race", winners: 1, measure: "fair-gain" }).measure).toBe("fair-gain");
    expect(errors(challengeSchema.safeParse({ ...base, title: "x".repeat(81) }))).toEqual({ title: "too-long" });
  });

  it("leaves a JSON body's arrays and objects as they are when nesting a form's fields", () => {
    const body = { effectiveFrom: "2026-12", tiers: [{ name: "Gold", minTotal: 70, reward }], list: [], empty: {} };
    expect(nestFields(body)).toEqual(body);
    expect(nestFields({ "a.0.b": "x", "a.1.b": "", c: null })).toEqual({ a: [{ b: "x" }, null], c: null });
  });

  it("keeps what a body says twice over (a value and fields under it) for the schema to refuse, and never throws", () => {
    expect(nestFields({ "": 0, ". ": 0 })).toEqual({ "": 0 });
    expect(nestFields({ reward: "x", "reward.text": "y" })).toEqual({ reward: "x" });
    expect(nestFields({ tiers: [{ name: "Gold" }], "tiers.0.name": "Silver" })).toEqual({ tiers: [{ name: "Gold" }] });
  });

  it("refuses a tier that is not one, without reading it (found by the API fuzz test: a 500)", () => {
    expect(errors(tierSetSchema.safeParse({ effectiveFrom: "2026-12", tiers: ["!"] }))).toEqual({ "tiers.0": "tier-invalid" });
    expect(errors(tierSetSchema.safeParse(nestFields({ effectiveFrom: "2026-12", "tiers.0": "!" })))).toEqual({ "tiers.0": "tier-invalid" });
  });

  it("never writes through __proto__, constructor or prototype (no prototype pollution)", () => {
    const nested = nestFields({ "__proto__.polluted": "yes", "constructor.prototype.polluted": "yes", "a.__proto__.polluted": "yes", title: "t" });
    expect(nested).toEqual({ title: "t" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

