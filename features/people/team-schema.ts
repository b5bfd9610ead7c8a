// What a valid team change is: one schema for the admin's forms and the JSON API.
import { z } from "zod";
import { idField as id, idList, optionalFlag, singleLine } from "@/platform/forms/fields";

export const teamName = z.preprocess((v) => (v ?? ""), singleLine(z.string("required").trim().min(1, "required").max(80, "too-long")));

export const createTeamSchema = z.object({ name: teamName, managerIds: idList.transform((ids) => ids ?? []) });

export const updateTeamSchema = z.object({
  teamId: id,
  name: teamName.optional(),
  managerIds: idList,
  archived: optionalFlag,
});

export type CreateTeamInput = z.output<typeof createTeamSchema>;
export type UpdateTeamInput = z.output<typeof updateTeamSchema>;
