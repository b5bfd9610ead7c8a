import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { runQuery } from "@/platform/http/query";
import { ADMINISTER, can } from "@/platform/auth/permissions";
import { companyMonth, getSettings } from "@/features/settings";
import { findPerson, listPeople } from "./data";
import { findTeam, listTeams, teamRoster, teamsByIds } from "./team-data";

/** Every team, archived ones included: admins only. */
export const teamListQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: () => listTeams({ withArchived: true }),
});

/** The teams a form offers (not archived), by name: admins only. */
export const teamChoicesQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: async () => (await listTeams()).map(({ id, name }) => ({ id, name })),
});

/** The active managers a team's form offers, by name: admins only. */
export const managerChoicesQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: async () => (await listPeople({ role: "MANAGER", active: true })).map(({ id, name }) => ({ id, name })),
});

/** Everyone, deactivated people included: admins only. */
export const peopleListQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: () => listPeople(),
});

/** The teams on the whole company's home page: those who may see the whole company. */
export const companyTeamsQuery = defineQuery({
  input: z.object({}),
  permission: () => ({ action: "view-company" }),
  read: () => listTeams(),
});

/**
 * A team's page (its roster; its goals are incentives'): whoever may view that
 * team; its id is probed by nobody else. Masked once: the reps' SSI only where
 * reps may see scores (names-only boards), a link only to the reps the user may view.
 */
export const teamPageQuery = defineQuery({
  input: z.object({ teamId: z.string() }),
  subject: ({ teamId }) => findTeam(teamId),
  permission: (_user, _input, team) => ({ action: "view-team", teamId: team.id }),
  read: async (_input, user, team) => {
    const month = await companyMonth();
    const [rows, settings] = await Promise.all([teamRoster(team.id, month), getSettings()]);
    const showScores = can(user, { action: "see-scores", scope: { kind: "team", teamId: team.id }, repsSeeScores: settings.repsSeeScores });
    const roster = rows.map(({ subject, ...row }) => ({
      ...row,
      latestTotal: showScores ? row.latestTotal : null,
      href: can(user, { action: "view-rep", rep: subject }) ? `/reps/${row.id}` : null,
    }));
    return { team, month, showScores, roster };
  },
});

/** What a team's page shows, as teamPageQuery reads it. */
export type TeamPage = Awaited<ReturnType<typeof teamPageQuery.read>>;

/** The rosters of the teams the user manages (archived ones left out), by name; each roster is its team page's query, with its permission. */
export const managedTeamsQuery = defineQuery({
  input: z.object({}),
  permission: () => ({ action: "anyone" }),
  read: async (_input, user) => {
    const teams = await teamsByIds(user.managedTeamIds);
    return Promise.all(teams.map((team) => runQuery(user, teamPageQuery, { teamId: team.id })));
  },
});

/** One person's admin page: the person, and the teams their form offers (theirs too, even archived since). */
export const personPageQuery = defineQuery({
  input: z.object({ personId: z.string() }),
  subject: ({ personId }) => findPerson(personId),
  permission: () => ADMINISTER,
  read: async (_input, _user, person) => {
    const teams = (await listTeams()).map(({ id, name }) => ({ id, name }));
    if (person.team && !teams.some((team) => team.id === person.team?.id)) teams.push(person.team);
    return { person, teams };
  },
});
