import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { pickableTeams, type BoardScope } from "@/platform/auth/permissions";
import { LOCALES } from "@/platform/i18n/config";
import { isExportFormat, type ExportFormat } from "@/platform/spreadsheets/format";
import { isMonth, type Month } from "@/platform/time/month";
import { findTeam } from "@/features/people";
import { challengesIn } from "./data";
import { readPayouts } from "./payout-data";
import { payoutExport } from "./payout-export";

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

/** The same report as a file, in the reader's language. */
export const payoutExportQuery = defineQuery({
  ...payoutScope,
  input: payoutScope.input.extend({ locale: z.enum(LOCALES), format: z.custom<ExportFormat>((v) => typeof v === "string" && isExportFormat(v)) }),
  read: async ({ month, locale, format }, _user, { team }) => payoutExport(await readPayouts(month, team), locale, format),
});

/** The challenges running in a month that the user's boards show: one team's (which they may see), or all of theirs. */
export const challengeListQuery = defineQuery({
  input: z.object({ month, team: z.string().nullable() }),
  permission: (_user, { team }) => (team ? { action: "view-board", scope: { kind: "team", teamId: team } } : { action: "anyone" }),
  read: ({ month, team }, user) => challengesIn(month, team ? [team] : pickableTeams(user)),
});
