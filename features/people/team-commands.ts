// What each team change is, written once: the admin's forms (actions.ts)
// and the JSON API routes run these same definitions.
import "server-only";
import type { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { teamSummary } from "./team-data";
import { createTeam, updateTeam } from "./team-mutations";
import { createTeamSchema, updateTeamSchema } from "./team-schema";
import { NotFound } from "@/platform/errors/domain-errors";

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser>) => definition;

const TEAM_PAGES = ["/"];

export const addTeam = define({
  input: createTeamSchema,
  permission: () => ({ action: "administer" }),
  // What the API answers with: the team as its list shows it.
  run: async (input, user) => {
    const { id } = await createTeam(user.id, input);
    return { id, team: await teamSummary(id) };
  },
  revalidate: TEAM_PAGES,
});

export const changeTeam = define({
  input: updateTeamSchema,
  permission: () => ({ action: "administer" }),
  run: async (input, user) => {
    if (!(await updateTeam(user.id, input))) throw new NotFound();
    return { id: input.teamId, team: await teamSummary(input.teamId) };
  },
  revalidate: TEAM_PAGES,
});
