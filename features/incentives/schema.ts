// What a valid tier set and a valid challenge are: one schema for the forms
// (whose flat fields are nested first, see nestFields) and the JSON API.
import { z } from "zod";
import { isMonth, monthsBetween, type Month } from "@/platform/time/month";
import { parseDecimal } from "@/platform/numbers/decimal";
import { PILLARS } from "@/features/scores/client";
import { CHALLENGE_KINDS, RACE_MEASURES } from "./kinds";
import { KIND_SPECS } from "./kind-spec";
import { toCents } from "./money";
import { singleLine } from "@/platform/forms/fields";

const text = (max: number) =>
  z.preprocess((v) => (v === undefined || v === null ? "" : v), singleLine(z.string().trim().min(1, "required").max(max, "too-long")));
/** A month (YYYY-MM), as a form or a JSON body sends it. */
export const monthField = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string("required").min(1, "required").refine(isMonth, "month-invalid")).transform((m) => m as Month);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const asText = (v: unknown) => (typeof v === "number" ? String(v) : v);

/** A decimal from 0 to `max` (an SSI, points, a percentage), kept as exact text. */
function score(max: number, code: string, min: "zero" | "positive" = "zero") {
  return z.preprocess(asText, z.string(code)).transform((value, ctx) => {
    const parsed = parseDecimal(value, 3);
    const ok = parsed && parsed.milli <= max * 1000 && (min === "zero" || parsed.milli > 0);
    if (!ok) {
      ctx.addIssue({ code: "custom", message: code, params: { max: String(max) } });
      return z.NEVER;
    }
    return parsed.text;
  });
}

export const rewardSchema = z
  .object({
    text: text(200),
    amount: z.preprocess((v) => (blank(v) ? null : asText(v)), z.string("amount-invalid").nullable()),
    currency: z.preprocess((v) => (blank(v) ? null : v), z.string("currency-invalid").trim().toUpperCase().regex(/^[A-Z]{3}$/, "currency-invalid").nullable()),
  }, "reward-required")
  .transform((reward, ctx) => {
    const cents = reward.amount === null ? null : toCents(reward.amount);
    if (reward.amount !== null && cents === null) ctx.addIssue({ code: "custom", path: ["amount"], message: "amount-invalid" });
    if (reward.amount !== null && reward.currency === null) ctx.addIssue({ code: "custom", path: ["currency"], message: "currency-required" });
    if (reward.amount === null && reward.currency !== null) ctx.addIssue({ code: "custom", path: ["amount"], message: "amount-required" });
    // Stored as typed, decimal comma or point: "75,5" is 75.5.
    return { ...reward, amount: reward.amount === null ? null : reward.amount.trim().replace(",", ".") };
  });

export const MAX_TIERS = 10;

export const tierSetSchema = z.object({
  effectiveFrom: monthField,
  tiers: z
    // null: a blank row of the form, kept so that errors name the row the admin sees.
    .array(z.object({ name: text(60), minTotal: score(100, "tier-min-range"), reward: rewardSchema }, "tier-invalid").nullable(), "tiers-required")
    .superRefine(
      (tiers, ctx) => {
      const seen = new Set<number>();
      tiers.forEach((tier, index) => {
        const milli = tier ? (parseDecimal(tier.minTotal)?.milli ?? -1) : null;
        if (milli === null) return;
        if (seen.has(milli)) ctx.addIssue({ code: "custom", path: [index, "minTotal"], message: "tier-min-duplicate" });
        seen.add(milli);
      });
      if (tiers.filter(Boolean).length > MAX_TIERS) ctx.addIssue({ code: "custom", message: "tiers-too-many", params: { max: String(MAX_TIERS) } });
      },
      // Named beside other mistakes, as long as every tier is one and every minimum could be read.
      // (An issue on an item itself, path [index], is a tier that is not an object.)
      { when: (payload) => Array.isArray(payload.value) && !payload.issues.some((i) => i.path?.includes("minTotal") || i.path?.length === 1) },
    )
    .transform((tiers) => tiers.filter((tier) => tier !== null)),
});

export type TierSetInput = z.output<typeof tierSetSchema>;

/** The fields the challenge's cross-checks read. */
const CROSS_CHECKED = ["kind", "teamId", "from", "to", "target", "pillar", "winners"];

/** The longest period a challenge may run. */
export const MAX_PERIOD_MONTHS = 12;

export const challengeSchema = z
  .object({
    title: text(80),
    kind: z.enum(CHALLENGE_KINDS, "kind-unknown"),
    teamId: z.preprocess((v) => (blank(v) ? null : v), z.string("team-invalid").max(64, "team-invalid").nullable()),
    from: monthField,
    to: monthField,
    target: z.preprocess((v) => (blank(v) ? null : asText(v)), z.string("target-required").nullable()),
    pillar: z.preprocess((v) => (blank(v) ? null : v), z.enum(PILLARS, "pillar-unknown").nullable()),
    winners: z.preprocess((v) => (blank(v) ? null : typeof v === "string" ? Number(v) : v), z.number("winners-invalid").int("winners-invalid").min(1, "winners-invalid").max(1000, "winners-invalid").nullable()),
    measure: z.preprocess((v) => (blank(v) ? null : v), z.enum(RACE_MEASURES, "measure-unknown").nullable()),
    reward: rewardSchema,
  })
  // Runs even when other fields (the title, the reward) are wrong, so that
  // every mistake is named at once, but only once the fields it reads are valid.
  .superRefine(
    (c, ctx) => {
      const issue = (path: string, message: string, params?: Record<string, string>) =>
        ctx.addIssue({ code: "custom", path: [path], message, ...(params ? { params } : {}) });
      if (c.to < c.from) issue("to", "period-order");
      else if (monthsBetween(c.from, c.to) + 1 > MAX_PERIOD_MONTHS) issue("to", "period-too-long", { max: String(MAX_PERIOD_MONTHS) });
      // What the kind needs comes from its spec (kind-spec.ts), in the order errors have always come.
      const { fields, companyOnly } = KIND_SPECS[c.kind];
      if (fields.winners && c.winners === null) issue("winners", "winners-required");
      if (fields.pillar && c.pillar === null) issue("pillar", "pillar-required");
      if (companyOnly && c.teamId !== null) issue("teamId", "team-race-company");
      const rule = fields.target;
      if (rule) {
        if (c.target === null) issue("target", "target-required");
        else if (!score(rule.max, rule.code, "positive").safeParse(c.target).success) issue("target", rule.code, { max: String(rule.max) });
      }
    },
    { when: (payload) => !payload.issues.some((i) => CROSS_CHECKED.includes(String(i.path?.[0]))) },
  )
  // A field the kind does not read is cleared, whatever was sent in it.
  .transform((c) => {
    const { fields } = KIND_SPECS[c.kind];
    return {
      ...c,
      target: fields.target && c.target !== null ? score(fields.target.max, "", "positive").parse(c.target) : null,
      pillar: fields.pillar ? c.pillar : null,
      winners: fields.winners ? c.winners : null,
      measure: fields.measure ? (c.measure ?? "gain") : null,
    };
  });

export type ChallengeInput = z.output<typeof challengeSchema>;

/** Names that would reach an object's prototype: never a field of ours. */
const UNSAFE_PARTS = new Set(["__proto__", "prototype", "constructor"]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A form's flat fields ("reward.text", "tiers.2.minTotal") as the nested
 * object the schemas read; array items whose fields are all blank become null
 * (the tier form has spare rows). Anyone's body comes through here: a key
 * that would write through a prototype is dropped, and so is a field under
 * something that is not an object (`{"reward": "x", "reward.text": "y"}`
 * keeps `reward: "x"`, for the schema to refuse).
 */
export function nestFields(fields: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const parts = key.split(".");
    if (parts.some((part) => UNSAFE_PARTS.has(part))) continue;
    let node: Record<string, unknown> | null = root;
    for (const part of parts.slice(0, -1)) {
      if (!Object.hasOwn(node, part)) node[part] = {};
      const next: unknown = node[part];
      node = isRecord(next) ? next : null;
      if (node === null) break;
    }
    const last = parts[parts.length - 1] ?? key;
    if (node !== null && !Object.hasOwn(node, last)) node[last] = value;
  }
  return arrays(root) as Record<string, unknown>;
}

function arrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(arrays);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, arrays(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => (allBlank(v) ? null : v));
  }
  return Object.fromEntries(entries);
}

function allBlank(value: unknown): boolean {
  if (typeof value === "object" && value !== null) return Object.values(value).every(allBlank);
  return blank(value);
}
