import "server-only";
import { reasonField } from "@/platform/forms/fields";
import { can, type Actor } from "@/platform/auth/permissions";
import { companyMonth } from "@/features/settings";
import { repFor } from "@/features/people";
import type { ScoreRecord } from "./data";
import { saveScore, type ScoreSource } from "./mutations";
import { scoreFieldErrors, scoreInputSchema, type ScoreInput } from "./schema";
import { Forbidden, Invalid, refusal } from "@/platform/errors/domain-errors";

/**
 * Saves the score `actor` enters for `repId` from raw form or JSON input:
 * checks access, validates, then saves with the audit trail. The one way a
 * score is written, for the form's action and the API alike; fields it does
 * not know (userId, role …) are ignored.
 */
export async function saveScoreFor(
  actor: Actor,
  repId: string,
  raw: Record<string, unknown>,
  source: ScoreSource,
): Promise<{ created: boolean; input: ScoreInput; record: ScoreRecord }> {
  const subject = await repFor(actor, repId, "edit-scores");
  if (!subject.ok) throw refusal(subject.reason);
  const { rep } = subject;
  const currentMonth = await companyMonth();
  const parsed = scoreInputSchema(currentMonth).safeParse(raw);
  if (!parsed.success) throw new Invalid(scoreFieldErrors(parsed.error));
  const reason = reasonField.safeParse(raw.reason);
  if (!reason.success) throw new Invalid({ reason: { code: reason.error.issues[0]?.message ?? "too-long" } });
  if (!can(actor, { action: "edit-score-month", rep, month: parsed.data.month, currentMonth })) {
    throw new Forbidden({ month: { code: "month-too-old" } });
  }
  const { created, record } = await saveScore({
    userId: rep.id,
    actorId: actor.id,
    input: parsed.data,
    source,
    reason: reason.data,
    mayCorrectClosed: can(actor, { action: "correct-closed-month" }),
  });
  return { created, input: parsed.data, record };
}
