import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { can, writesMonth } from "@/platform/auth/permissions";
import { Forbidden, Invalid } from "@/platform/errors/domain-errors";
import { reasonField } from "@/platform/forms/fields";
import { companyMonth } from "@/features/settings";
import { findRepProfile, type RepProfile } from "@/features/people";
import type { ScoreRecord } from "./data";
import { saveScore, type ScoreSource } from "./mutations";
import { scoreFieldErrors, scoreInputSchema, type ScoreInput } from "./schema";

export interface SavedScore {
  created: boolean;
  input: ScoreInput;
  record: ScoreRecord;
}

/**
 * The one way a score is written: the rep it is for (read once), the right
 * to edit their scores (checked once), then the score's fields, the month
 * rule and the save with its audit trail. `sources` are what the caller may
 * say it is (the form: typed or pasted; the API: always the API). Fields it
 * does not know (userId, role …) are ignored.
 */
export function saveScoreCommand(sources: readonly [ScoreSource, ...ScoreSource[]]): ActionDefinition<z.ZodType<ScoreCommandInput>, SavedScore, SessionUser, RepProfile> {
  return {
    input: z.object({ repId: z.string(), source: z.enum(sources).catch(sources[0]), reason: reasonField }).loose(),
    subject: ({ repId }) => findRepProfile(repId),
    permission: (_user, _input, rep) => ({ action: "edit-scores", rep }),
    run: async ({ repId: _repId, source, reason, ...raw }, user, rep) => {
      // Checked here rather than in `input`: which months may be written depends on the company's month.
      const currentMonth = await companyMonth();
      const parsed = scoreInputSchema(currentMonth).safeParse(raw);
      if (!parsed.success) throw new Invalid(scoreFieldErrors(parsed.error));
      // edit-scores admitted the user to this rep; which of its months they may write is the one rule left.
      if (!writesMonth(user, parsed.data.month, currentMonth)) {
        throw new Forbidden({ month: { code: "month-too-old" } });
      }
      const { created, record } = await saveScore({
        userId: rep.id,
        actorId: user.id,
        input: parsed.data,
        source,
        reason,
        mayCorrectClosed: can(user, { action: "correct-closed-month" }),
      });
      return { created, input: parsed.data, record };
    },
  };
}

type ScoreCommandInput = { repId: string; source: ScoreSource; reason: string | null } & Record<string, unknown>;

/** A score sent to the API (POST /api/v1/scores). */
export const apiScoreCommand = saveScoreCommand(["API"]);
