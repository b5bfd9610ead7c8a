// Validation errors as codes (message keys) per field, the same in forms,
// server actions and the JSON API, which each translate them.
import type { z } from "zod";

/** An error code (a message key) with its parameters. */
export interface FieldError {
  code: string;
  params?: Record<string, string>;
}

/** What our message codes look like ("pillar-range", "required"). */
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The first error of each field, nested fields named by their path ("tiers.1.minTotal"); only `fields` when given. */
export function fieldErrors<F extends string>(error: z.ZodError, fields?: readonly F[]): Partial<Record<F, FieldError>> {
  const errors: Partial<Record<F, FieldError>> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".");
    if (field === "" || (fields && !(fields as readonly string[]).includes(field))) continue;
    const key = field as F;
    if (errors[key]) continue;
    const params = "params" in issue ? (issue.params as Record<string, string> | undefined) : undefined;
    // Our schemas name their errors with message codes ("pillar-range"); a
    // check that was given none says it in zod's English ("Invalid input:
    // expected string, received array"), which no catalogue holds.
    errors[key] = CODE.test(issue.message) ? { code: issue.message, ...(params ? { params } : {}) } : { code: "invalid-value" };
  }
  return errors;
}
