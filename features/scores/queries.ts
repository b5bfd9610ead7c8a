import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { can, writesMonth } from "@/platform/auth/permissions";
import { Invalid } from "@/platform/errors/domain-errors";
import { addMonths, isMonth } from "@/platform/time/month";
import { findRepProfile } from "@/features/people";
import { companyMonth, flagLimits, getSettings } from "@/features/settings";
import { auditTrail, rankInTeam, scoreHistory, scoresBetween } from "./data";
import { listGoals } from "./goal-data";
import { summarise } from "./summary";
import { formValuesOf } from "./score";

/** The rep a rep's pages and API routes are about, named by `repId`. */
const rep = { input: z.object({ repId: z.string() }), subject: ({ repId }: { repId: string }) => findRepProfile(repId) };

/**
 * A rep's page (their SSI, chart, goals, history and its changes), masked for
 * the user once: flags only for those who may see them, and what the user
 * may change. Its incentives are incentives' (repIncentivesQuery).
 */
export const repPageQuery = defineQuery({
  ...rep,
  permission: (_user, _input, subject) => ({ action: "view-rep", rep: subject }),
  read: async (_input, user, subject) => {
    const month = await companyMonth();
    const [history, settings, goals, trail] = await Promise.all([scoreHistory(subject.id, month), getSettings(), listGoals(subject.id), auditTrail(subject.id)]);
    const summary = summarise(history, flagLimits(settings));
    const rank = summary ? await rankInTeam(subject.id, summary.latest.month) : null;
    return {
      rep: subject,
      isSelf: subject.id === user.id,
      month,
      history,
      summary,
      flags: summary && can(user, { action: "see-flags", rep: subject }) ? summary.flags : null,
      rank,
      goals,
      trail,
      mayLog: can(user, { action: "edit-scores", rep: subject }),
      mayEditGoals: can(user, { action: "edit-goals", rep: subject }),
    };
  },
});

/** What a rep's page shows, as repPageQuery reads it. */
export type RepPage = Awaited<ReturnType<typeof repPageQuery.read>>;

/**
 * What the score form of a rep needs: the rep, their last twelve months as
 * the form fills them in, the oldest month the user may write, and whether a
 * change needs a reason (an admin correcting a closed month). The closed
 * months are incentives' (the page reads them beside this).
 */
export const scoreFormQuery = defineQuery({
  ...rep,
  permission: (_user, _input, subject) => ({ action: "edit-scores", rep: subject }),
  read: async (_input, user, subject) => {
    const month = await companyMonth();
    const history = await scoreHistory(subject.id, month, 12);
    return {
      rep: subject,
      month,
      existing: Object.fromEntries(history.map((s) => [s.month, formValuesOf(s)])),
      // A rep may write this month and the last; whoever may write two months back may write any.
      minMonth: writesMonth(user, addMonths(month, -2), month) ? undefined : addMonths(month, -1),
      askReason: can(user, { action: "correct-closed-month" }),
    };
  },
});

/** A rep's history from `from` to `to` (months; by default the twelve up to this month), oldest first. */
export const scoreHistoryQuery = defineQuery({
  input: rep.input.extend({ from: z.string().nullable(), to: z.string().nullable() }),
  subject: rep.subject,
  permission: (_user, _input, subject) => ({ action: "view-rep", rep: subject }),
  read: async ({ from: askedFrom, to: askedTo }, _user, subject) => {
    const to = askedTo ?? (await companyMonth());
    const from = askedFrom ?? addMonths(isMonth(to) ? to : await companyMonth(), -11);
    if (!isMonth(from) || !isMonth(to) || from > to) throw new Invalid({}, "invalid-range");
    return { from, to, scores: await scoresBetween(subject.id, from, to) };
  },
});
