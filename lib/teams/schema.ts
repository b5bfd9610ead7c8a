// What a valid team change is: one schema for the admin's forms and the JSON API.
import { z } from "zod";

const id = z.string("required").trim().min(1, "required").max(64, "required");
export const teamName = z.preprocess((v) => (v ?? ""), z.string("required").trim().min(1, "required").max(80, "too-long"));

/**
 * A list of ids, or undefined when left out (a PATCH that leaves it alone). A
 * form sends one value per ticked box, and a blank one so that unticking
 * every box still sends the field; JSON sends an array.
 */
export const idList = z.preprocess(
  (v) => (v === undefined || v === null ? undefined : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
  z.array(id, "invalid").max(200, "too-long").optional(),
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

export const createTeamSchema = z.object({ name: teamName, managerIds: idList.transform((ids) => ids ?? []) });

export const updateTeamSchema = z.object({
  teamId: id,
  name: teamName.optional(),
  managerIds: idList,
  archived: optionalFlag,
});

export type CreateTeamInput = z.output<typeof createTeamSchema>;
export type UpdateTeamInput = z.output<typeof updateTeamSchema>;
