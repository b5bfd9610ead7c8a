// What a valid score entry is. One schema for the form (in the browser) and
// the server (form action and API), which re-validates whatever it receives.
import { z } from "zod";
import { isMonth, type Month } from "../month";
import { milliToText, parseDecimal } from "./decimal";
import { PILLARS } from "./score";

/** LinkedIn shows the total rounded while pillars keep decimals: allow 1 point. */
export const TOTAL_TOLERANCE_MILLI = 1000;

export const SCORE_FIELDS = [
  "month",
  "total",
  ...PILLARS,
  "industryRankPct",
  "networkRankPct",
  "industryAvg",
  "networkAvg",
] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

/** An error code (a message key) with its parameters. */
export interface FieldError {
  code: string;
  params?: Record<string, string>;
}

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

function decimalField(options: { min: number; max: number; maxDecimals: number; rangeCode: string }) {
  return z.string().transform((value, ctx) => {
    const parsed = parseDecimal(value, options.maxDecimals);
    if (!parsed) {
      const decimalsOnly = parseDecimal(value, 20) !== null;
      ctx.addIssue({
        code: "custom",
        message: decimalsOnly ? "too-many-decimals" : "not-a-number",
        params: { decimals: String(options.maxDecimals) },
      });
      return z.NEVER;
    }
    if (parsed.milli < options.min * 1000 || parsed.milli > options.max * 1000) {
      ctx.addIssue({ code: "custom", message: options.rangeCode });
      return z.NEVER;
    }
    return parsed;
  });
}

const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const required = (v: unknown) => (v === undefined || v === null ? "" : v);

function requiredDecimal(options: Parameters<typeof decimalField>[0]) {
  return z.preprocess(required, text.pipe(z.string().min(1, "required")).pipe(decimalField(options)));
}

function optionalDecimal(options: Parameters<typeof decimalField>[0]) {
  return z.preprocess(blankToUndefined, text.pipe(decimalField(options)).optional());
}

const pillar = () => requiredDecimal({ min: 0, max: 25, maxDecimals: 3, rangeCode: "pillar-range" });

/** The score schema, judged against the current month. */
export function scoreInputSchema(currentMonth: Month) {
  return z
    .object({
      month: z.preprocess(
        required,
        text.refine((m) => m !== "", "required").refine(isMonth, "month-invalid").refine(
          (m) => m <= currentMonth,
          "month-future",
        ),
      ),
      total: optionalDecimal({ min: 0, max: 100, maxDecimals: 3, rangeCode: "total-range" }),
      brand: pillar(),
      people: pillar(),
      insights: pillar(),
      relationships: pillar(),
      industryRankPct: optionalDecimal({ min: 1, max: 100, maxDecimals: 2, rangeCode: "rank-range" }),
      networkRankPct: optionalDecimal({ min: 1, max: 100, maxDecimals: 2, rangeCode: "rank-range" }),
      industryAvg: optionalDecimal({ min: 0, max: 100, maxDecimals: 3, rangeCode: "avg-range" }),
      networkAvg: optionalDecimal({ min: 0, max: 100, maxDecimals: 3, rangeCode: "avg-range" }),
    })
    .transform((input, ctx) => {
      const sum = PILLARS.reduce((acc, p) => acc + input[p].milli, 0);
      const total = input.total?.milli ?? Math.round(sum / 1000) * 1000;
      if (Math.abs(total - sum) > TOTAL_TOLERANCE_MILLI) {
        ctx.addIssue({
          code: "custom",
          path: ["total"],
          message: "total-mismatch",
          params: { sum: milliToText(sum) },
        });
        return z.NEVER;
      }
      return {
        month: input.month as Month,
        total: milliToText(total),
        totalComputed: input.total === undefined,
        brand: input.brand.text,
        people: input.people.text,
        insights: input.insights.text,
        relationships: input.relationships.text,
        industryRankPct: input.industryRankPct?.text ?? null,
        networkRankPct: input.networkRankPct?.text ?? null,
        industryAvg: input.industryAvg?.text ?? null,
        networkAvg: input.networkAvg?.text ?? null,
      };
    });
}

export type ScoreInput = z.output<ReturnType<typeof scoreInputSchema>>;

/** The first error of each field, as codes the UI and the API translate. */
export function scoreFieldErrors(error: z.ZodError): Partial<Record<ScoreField, FieldError>> {
  const errors: Partial<Record<ScoreField, FieldError>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(SCORE_FIELDS as readonly string[]).includes(field)) continue;
    const key = field as ScoreField;
    if (errors[key]) continue;
    const params = "params" in issue ? (issue.params as Record<string, string> | undefined) : undefined;
    errors[key] = { code: issue.message, ...(params ? { params } : {}) };
  }
  return errors;
}
