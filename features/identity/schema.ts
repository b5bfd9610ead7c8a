import { z } from "zod";
import { idField } from "@/platform/forms/fields";
import { TWO_FACTOR_POLICIES } from "./policy";

/** A code as typed: an app's six digits, or a recovery code. */
export const codeField = z.string("code-required").trim().min(1, "code-required").max(40, "code-wrong");

export const sessionIdSchema = z.object({ sessionId: idField });
export const personIdSchema = z.object({ userId: idField });
export const confirmCodeSchema = z.object({ code: codeField });

/** Half a year by default; at least a month (an investigation needs that long), at most seven years. */
export const securitySettingsSchema = z.object({
  twoFactorPolicy: z.enum(TWO_FACTOR_POLICIES, "invalid"),
  securityRetentionDays: z.coerce.number("retention-range").int("retention-range").min(30, "retention-range").max(2555, "retention-range"),
});
