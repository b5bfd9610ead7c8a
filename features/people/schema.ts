// What a valid person, invitation and password are: one schema for the
// admin's forms, the self-service forms and the JSON API.
import { z } from "zod";
import { idField as id, idList, optionalFlag, singleLine } from "@/platform/forms/fields";
import { passwordProblem } from "./password-rules";

export const ROLES = ["REP", "MANAGER", "ADMIN"] as const;

const blankToNull = (v: unknown) => (v === undefined ? undefined : typeof v === "string" && v.trim() === "" ? null : v);

export const personName = z.preprocess((v) => v ?? "", singleLine(z.string("required").trim().min(1, "required").max(100, "too-long")));
/** Stored lower-case: emails are unique whatever their case. */
export const email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : (v ?? "")),
  z.string("required").min(1, "required").max(254, "too-long").pipe(z.email("email-invalid")),
);
export const role = z.enum(ROLES, "role-invalid");
/** A team id, or null ("" in a form) for no team. */
export const teamRef = z.preprocess(blankToNull, id.nullable());

export const createPersonSchema = z.object({
  name: personName,
  email,
  role,
  teamId: teamRef.optional().transform((t) => t ?? null),
  /** Managers only: the teams they manage. */
  managedTeamIds: idList.transform((ids) => ids ?? []),
});

export const updatePersonSchema = z.object({
  userId: id,
  name: personName.optional(),
  email: email.optional(),
  role: role.optional(),
  teamId: teamRef.optional(),
  managedTeamIds: idList,
  active: optionalFlag,
});

/** A new password, typed twice. */
export const newPasswordSchema = z
  .object({
    password: z.string("required").superRefine((value, ctx) => {
      const problem = passwordProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem, params: { min: "12" } });
    }),
    confirm: z.string("required"),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "password-mismatch" });
  });

export type CreatePersonInput = z.output<typeof createPersonSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;
