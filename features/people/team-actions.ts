"use server";
import { defineAction } from "@/platform/http/define-action";
import { addTeam, changeTeam } from "./team-commands";

/** Creates a team (admins). */
export const createTeamAction = defineAction(addTeam);

/** Renames a team, sets its managers, archives or restores it (admins). */
export const updateTeamAction = defineAction(changeTeam);
