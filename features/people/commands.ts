// What each change to a person is, written once: the admin's forms
// (actions.ts) and the JSON API routes run these same definitions.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { idField } from "@/platform/forms/fields";
import { companyMonth } from "@/features/settings";
import { findPerson } from "./data";
import { createPerson, issuePasswordLink, updatePerson } from "./mutations";
import { createPersonSchema, updatePersonSchema } from "./schema";
import { NotFound } from "@/platform/errors/domain-errors";

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser>) => definition;

const PEOPLE_PAGES = ["/"];

export const addPerson = define({
  input: createPersonSchema,
  permission: () => ({ action: "administer" }),
  // What the API answers with: the person as the admin's list shows them, and their invitation.
  run: async (input, user) => {
    const created = await createPerson(user.id, input);
    return { ...created, name: input.name, person: await findPerson(created.id) };
  },
  revalidate: PEOPLE_PAGES,
});

export const changePerson = define({
  input: updatePersonSchema,
  permission: () => ({ action: "administer" }),
  run: async (input, user) => {
    if (!(await updatePerson(user.id, input, await companyMonth()))) throw new NotFound();
    return { id: input.userId, person: await findPerson(input.userId) };
  },
  revalidate: PEOPLE_PAGES,
});

export const sendPasswordLink = define({
  input: z.object({ userId: idField }),
  permission: () => ({ action: "administer" }),
  run: async ({ userId }, user) => {
    const invitation = await issuePasswordLink(user.id, userId);
    if (!invitation) throw new NotFound();
    return invitation;
  },
  revalidate: PEOPLE_PAGES,
});
