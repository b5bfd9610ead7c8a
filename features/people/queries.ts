import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { listPeople } from "./data";
import { findTeam, listTeams } from "./team-data";

/** Every team, archived ones included: admins only. */
export const teamListQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: () => listTeams({ withArchived: true }),
});

/** Everyone, deactivated people included: admins only. */
export const peopleListQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: () => listPeople(),
});

/** A team's page (its roster and goals): whoever may view that team; its id is probed by nobody else. */
export const teamPageQuery = defineQuery({
  input: z.object({ teamId: z.string() }),
  subject: ({ teamId }) => findTeam(teamId),
  permission: (_user, _input, team) => ({ action: "view-team", teamId: team.id }),
  read: async (_input, _user, team) => team,
});
