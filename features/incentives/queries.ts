import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { can, pickableTeams, type Actor, type BoardScope } from "@/platform/auth/permissions";
import { LOCALES } from "@/platform/i18n/config";
import { isExportFormat, type ExportFormat } from "@/platform/spreadsheets/format";
import { addMonths, isMonth, type Month } from "@/platform/time/month";
import { findRepProfile, findTeam, listTeams, teamsByIds } from "@/features/people";
import { companyMonth, companyTimeZone, getSettings } from "@/features/settings";
import { challengesIn, challengesSince, closedMonths, notLoggedIn, tierSets } from "./data";
import { setInForce } from "./tiers";
import { loadStandings } from "./load";
import { incentivesOf, withoutTeamFigures } from "./standings";
import { readPayouts } from "./payout-data";
import { payoutExport } from "./payout-export";
import { payoutPdf } from "./payout-pdf";

const month = z.custom<Month>((v) => typeof v === "string" && isMonth(v));

type Team = { id: string; name: string };

/** A payout report's scope: a team (by id, which must exist) or the company (null). */
const payoutScope = {
  input: z.object({ month, team: z.string().nullable() }),
  subject: async ({ team }: { team: string | null }): Promise<{ team: Team | null } | null> => {
    if (team === null) return { team: null };
    const found = await findTeam(team);
    return found && { team: { id: found.id, name: found.name } };
  },
  permission: (_user: unknown, _input: unknown, { team }: { team: Team | null }) => {
    const scope: BoardScope = team ? { kind: "team", teamId: team.id } : { kind: "company" };
    return { action: "view-payouts", scope } as const;
  },
};

/** The payout report of a month: admins for any team or the company, managers for their teams. */
export const payoutsQuery = defineQuery({
  ...payoutScope,
  read: ({ month }, _user, { team }) => readPayouts(month, team),
});

/** The payout report's files: every export's formats, and a PDF for payroll. */
export type PayoutFormat = ExportFormat | "pdf";

export function isPayoutFormat(value: string): value is PayoutFormat {
  return value === "pdf" || isExportFormat(value);
}

/** The same report as a file, in the reader's language. */
export const payoutExportQuery = defineQuery({
  ...payoutScope,
  input: payoutScope.input.extend({ locale: z.enum(LOCALES), format: z.custom<PayoutFormat>((v) => typeof v === "string" && isPayoutFormat(v)) }),
  read: async ({ month, locale, format }, _user, { team }) => {
    const payouts = await readPayouts(month, team);
    if (format === "pdf") return payoutPdf(payouts, { locale, generatedAt: new Date(), timeZone: await companyTimeZone() });
    return payoutExport(payouts, locale, format);
  },
});

/** The challenges running in a month that the user's boards show: one team's (which they may see), or all of theirs. */
export const challengeListQuery = defineQuery({
  input: z.object({ month, team: z.string().nullable() }),
  permission: (_user, { team }) => (team ? { action: "view-board", scope: { kind: "team", teamId: team } } : { action: "anyone" }),
  read: ({ month, team }, user) => challengesIn(month, team ? [team] : pickableTeams(user)),
});

/** The teams the user may run challenges and payouts for, by name (archived ones left out). */
export const pickableTeamsQuery = defineQuery({
  input: z.object({}),
  permission: () => ({ action: "manage-challenges" }),
  read: (_input, user) => teamsOf(user),
});

/** The months closed so far, for anyone signed in (the score form greys them out). */
export const closedMonthsQuery = defineQuery({
  input: z.object({}),
  permission: () => ({ action: "anyone" }),
  read: async () => [...(await closedMonths())].sort(),
});

/** Before closing a month: whether it is closed, who has not logged, which challenges end, and the months closed so far. */
export const monthClosingQuery = defineQuery({
  input: z.object({ month }),
  permission: () => ({ action: "close-months" }),
  read: async ({ month }) => {
    const [closed, missing, ending] = await Promise.all([closedMonths(), notLoggedIn(month), challengesIn(month, "every", true)]);
    return { month, isClosed: closed.has(month), missing, ending, closed: [...closed].sort().reverse() };
  },
});

/** What the month-closing page shows, as monthClosingQuery reads it. */
export type MonthClosingView = Awaited<ReturnType<typeof monthClosingQuery.read>>;

/** The incentives page: the tier sets, the challenges the user may manage since two months ago, the closed months and the teams a challenge may be for. */
export const incentivesPageQuery = defineQuery({
  input: z.object({}),
  permission: () => ({ action: "manage-challenges" }),
  read: async (_input, user) => {
    const month = await companyMonth();
    const pickable = pickableTeams(user);
    const [sets, challenges, closed, teams] = await Promise.all([tierSets(), challengesSince(addMonths(month, -2), pickable), closedMonths(), teamsOf(user)]);
    return {
      month,
      sets,
      challenges,
      closed,
      teams,
      mayConfigureTiers: can(user, { action: "configure-tiers" }),
      mayCloseMonths: can(user, { action: "close-months" }),
      companyOption: can(user, { action: "manage-challenge", teamId: null }),
    };
  },
});

/** What the incentives page shows, as incentivesPageQuery reads it. */
export type IncentivesPage = Awaited<ReturnType<typeof incentivesPageQuery.read>>;

/** The tiers in force in a month, for anyone signed in. */
export const tiersInForceQuery = defineQuery({
  input: z.object({ month }),
  permission: () => ({ action: "anyone" }),
  read: async ({ month }) => setInForce(await tierSets(), month),
});

async function teamsOf(user: Actor): Promise<Team[]> {
  const pickable = pickableTeams(user);
  return pickable === "every" ? (await listTeams()).map(({ id, name }) => ({ id, name })) : teamsByIds(pickable);
}

/**
 * A rep's incentives this month (on their page): the tiers in force, the tier
 * earned and where they stand in each running challenge; team goals without
 * their figures for a user who does not see the team's SSI.
 */
export const repIncentivesQuery = defineQuery({
  input: z.object({ repId: z.string() }),
  subject: ({ repId }) => findRepProfile(repId),
  permission: (_user, _input, rep) => ({ action: "view-rep", rep }),
  read: async (_input, user, rep) => {
    const [month, zone, settings] = await Promise.all([companyMonth(), companyTimeZone(), getSettings()]);
    const standings = await loadStandings(month, rep.teamId ? [rep.teamId] : [], [rep.id]);
    const { tier, goals } = incentivesOf(standings, rep.id);
    const teamFigures = rep.teamId === null || can(user, { action: "see-scores", scope: { kind: "team", teamId: rep.teamId }, repsSeeScores: settings.repsSeeScores });
    return { tiers: standings.tiers, tier, goals: teamFigures ? goals : withoutTeamFigures(goals), zone };
  },
});

/** What a rep's incentives section shows, as repIncentivesQuery reads it. */
export type RepIncentivesView = Awaited<ReturnType<typeof repIncentivesQuery.read>>;

/** A team's goals running this month with their progress, for whoever sees the team's SSI (null for anyone else on the team's page). */
export const teamGoalsQuery = defineQuery({
  input: z.object({ teamId: z.string() }),
  subject: ({ teamId }) => findTeam(teamId),
  permission: (_user, _input, team) => ({ action: "view-team", teamId: team.id }),
  read: async (_input, user, team) => {
    const settings = await getSettings();
    if (!can(user, { action: "see-scores", scope: { kind: "team", teamId: team.id }, repsSeeScores: settings.repsSeeScores })) return null;
    const [standings, zone] = await Promise.all([loadStandings(await companyMonth(), [team.id]), companyTimeZone()]);
    return { goals: standings.teams.filter((goal) => goal.teamId === team.id), zone };
  },
});

/** What a team's goals section shows, as teamGoalsQuery reads it. */
export type TeamGoalsView = NonNullable<Awaited<ReturnType<typeof teamGoalsQuery.read>>>;
