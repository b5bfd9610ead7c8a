import { z } from "zod";
import { isMonth } from "@/platform/time/month";
import { parseDecimal } from "@/platform/numbers/decimal";

/** A personal goal as the form sends it: a target SSI (0–100) and a due month. */
export const goalInputSchema = z.object({
  target: z
    .string()
    .trim()
    .min(1, "required")
    .transform((value, ctx) => {
      const parsed = parseDecimal(value, 1);
      if (!parsed || parsed.milli <= 0 || parsed.milli > 100_000) {
        ctx.addIssue({ code: "custom", message: "goal-target" });
        return z.NEVER;
      }
      return parsed.text;
    }),
  dueMonth: z.string().trim().min(1, "required").refine(isMonth, "month-invalid"),
});

export type GoalInput = z.output<typeof goalInputSchema>;
