"use server";
import { defineAction } from "@/platform/http/define-action";
import { addPerson, changePerson, sendPasswordLink } from "./commands";

/** Creates a person and returns their invitation link (admins). */
export const createPersonAction = defineAction(addPerson);

/** Changes a person's name, email, role, team, managed teams or status (admins). */
export const updatePersonAction = defineAction(changePerson);

/** A new invitation or password-reset link for a person (admins). */
export const passwordLinkAction = defineAction(sendPasswordLink);
