// What valid company settings are: one schema for the admin's form and the API.
import { z } from "zod";
import { LOCALES } from "@/platform/i18n/config";
import { parseDecimal } from "@/platform/numbers/decimal";

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** "as-reps" (null), "show" or "hide". */
const wallChoice = z.preprocess(
  (v) => (v === undefined || v === "" || v === "as-reps" || v === null ? null : v === "show" || v === true ? true : v === "hide" || v === false ? false : v),
  z.boolean("wall-choice-invalid").nullable(),
);

const nullableChoice = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === undefined || v === "" ? null : v), schema.nullable());

/** An IANA time zone that this server's Intl knows ("Europe/Paris"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const limit = (max: number) =>
  z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string("limit-range")).transform((value, ctx) => {
    const parsed = parseDecimal(value, 2);
    if (!parsed || parsed.milli <= 0 || parsed.milli > max * 1000) {
      ctx.addIssue({ code: "custom", message: "limit-range", params: { max: String(max) } });
      return z.NEVER;
    }
    return parsed.text;
  });

export const settingsSchema = z.object({
  repsSeeScores: checkbox,
  wallShowsScores: wallChoice,
  defaultLocale: nullableChoice(z.enum(LOCALES, "locale-invalid")),
  timeZone: nullableChoice(z.string().trim().max(64, "time-zone-invalid").refine(isTimeZone, "time-zone-invalid")),
  jumpLimit: limit(100),
  pillarMoveLimit: limit(25),
});
