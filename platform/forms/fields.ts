// Field schemas that forms and JSON bodies share across domains: an id, a
// list of ids from checkboxes, a yes/no that may be left out, a reason.
import { z } from "zod";
import { hasControlCharacter, isSingleLine } from "./control-characters";

/** A one-line text: a name, a title, an id (tabs and line breaks are control characters there too). */
export const singleLine = <T extends z.ZodType<string>>(schema: T) => schema.refine(isSingleLine, "control-characters");

/** A record's id as a form or a body sends it. */
export const idField = singleLine(z.string("required").trim().min(1, "required").max(64, "required"));

/**
 * A list of ids, or undefined when left out (a PATCH that leaves it alone). A
 * form sends one value per ticked box, and a blank one so that unticking
 * every box still sends the field; JSON sends an array.
 */
export const idList = z.preprocess(
  (v) => (v === undefined || v === null ? undefined : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
  z.array(idField, "invalid").max(200, "too-long").optional(),
);

/**
 * A yes/no that may be left out: JSON true/false, or a form's checkbox after
 * a hidden "false" (ticked, the form sends both, the box's value last).
 */
export const optionalFlag = z.preprocess((v) => {
  const last = Array.isArray(v) ? v[v.length - 1] : v;
  if (last === true || last === "on" || last === "true") return true;
  return last === false || last === "false" ? false : last;
}, z.boolean("invalid").optional());

/** The longest reason a change may give (also the forms' textareas' maxLength). */
export const REASON_MAX = 500;

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const reasonText = (schema: z.ZodString) =>
  schema.max(REASON_MAX, "too-long").refine((v) => !hasControlCharacter(v), "control-characters");

/**
 * Why a change is made, kept in the audit trail: free text (lines allowed),
 * trimmed; blank is no reason (null). `reasonField` may be left blank;
 * `requiredReasonField` refuses a blank one ("reason-required").
 */
export const reasonField = z.preprocess(blankToNull, reasonText(z.string()).nullable());
export const requiredReasonField = z.preprocess(blankToNull, reasonText(z.string("reason-required")));
