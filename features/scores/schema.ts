// What a valid score entry is. One schema for the form (in the browser) and
// the server (form action and API), which re-validates whatever it receives.
import { z } from "zod";
import { fieldErrors, type FieldError } from "@/platform/forms/field-errors";
import { isMonth, type Month } from "@/platform/time/month";
import { milliToText, parseDecimal } from "@/platform/numbers/decimal";
import {
  byField,
  OPTIONAL_VALUES,
  PILLARS,
  SCORE_FIELDS,
  VALUE_RULES,
  type ScoreField,
  type ValueRule,
} from "./score";

export { SCORE_FIELDS, type ScoreField };

/** LinkedIn shows the total rounded while pillars keep decimals: allow 1 point. */
export const TOTAL_TOLERANCE_MILLI = 1000;

export type { FieldError };

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

function decimalField(options: ValueRule) {
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

// The pillars are required; the total (computed when blank) and the ranks and averages are not.
const valueShape = {
  ...byField(PILLARS, (p) => requiredDecimal(VALUE_RULES[p])),
  ...byField(["total", ...OPTIONAL_VALUES] as const, (f) => optionalDecimal(VALUE_RULES[f])),
};

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
      ...valueShape,
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
        ...byField(PILLARS, (p) => input[p].text),
        ...byField(OPTIONAL_VALUES, (f) => input[f]?.text ?? null),
      };
    });
}

export type ScoreInput = z.output<ReturnType<typeof scoreInputSchema>>;

/** The first error of each score field, as codes the UI and the API translate. */
export function scoreFieldErrors(error: z.ZodError): Partial<Record<ScoreField, FieldError>> {
  return fieldErrors(error, SCORE_FIELDS);
}
