// The import's inputs, for the page's form and the API alike.
import { z } from "zod";
import { isMonth, type Month } from "@/platform/time/month";
import { FIELDS, type Meaning } from "./headings";
import type { Mapping } from "./table";

const MEANINGS: readonly string[] = [...FIELDS, "ignore"];

/** One column's meaning: a field, "ignore", or the month (YYYY-MM) its cells are the SSI of. */
const meaning = z.string().refine((v) => MEANINGS.includes(v) || isMonth(v), "mapping-invalid") as unknown as z.ZodType<Meaning>;

/** A mapping: at most 500 headings, as long as a heading may be; none that would reach for an object's prototype. */
export const mappingSchema = z
  .record(z.string().max(200, "mapping-invalid").refine((heading) => heading !== "__proto__", "mapping-invalid"), meaning)
  .refine((m) => Object.keys(m).length <= 500, "mapping-invalid") as unknown as z.ZodType<Mapping>;

/** A mapping as a form or a query string sends it: JSON text (empty: none). */
export const mappingText = z
  .string()
  .max(50_000, "mapping-invalid")
  .transform((text, ctx): Mapping => {
    if (text.trim() === "") return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "mapping-invalid" });
      return z.NEVER;
    }
    // JSON.parse keeps a "__proto__" key as its own, which a record would drop without a word.
    const checked = mappingSchema.safeParse(parsed);
    if (!checked.success || (typeof parsed === "object" && parsed !== null && Object.hasOwn(parsed, "__proto__"))) {
      ctx.addIssue({ code: "custom", message: "mapping-invalid" });
      return z.NEVER;
    }
    return checked.data;
  });

/** A saved mapping's name. */
export const mappingName = z.string().trim().min(1, "required").max(80, "too-long");

/** The month of a single-month file, when one is chosen ("" : none). */
export const chosenMonth = z
  .string()
  .trim()
  .refine((v) => v === "" || isMonth(v), "month-invalid")
  .transform((v) => (v === "" ? null : (v as Month)));

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(200, "mapping-invalid")).max(500, "mapping-invalid"));

/** The check's column choices as the form posts them: a heading and its meaning, pair by pair. */
export const columnChoices = z
  .object({ mapHeading: list, mapMeaning: list })
  .transform(({ mapHeading, mapMeaning }, ctx): Mapping => {
    const pairs = mapHeading.map((heading, i) => [heading, mapMeaning[i] ?? ""] as const).filter(([heading]) => heading !== "");
    const checked = mappingSchema.safeParse(Object.fromEntries(pairs));
    if (checked.success && mapHeading.length === mapMeaning.length) return checked.data;
    ctx.addIssue({ code: "custom", message: "mapping-invalid", path: ["mapping"] });
    return z.NEVER;
  });
