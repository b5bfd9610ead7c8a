import "server-only";
import { ApiError } from "../api/errors";
import type { Actor } from "../auth/permissions";
import { thisMonth } from "../calendar";
import { repFor } from "../users/subject";
import { saveScore, type ScoreSource } from "./mutations";
import { scoreFieldErrors, scoreInputSchema, type ScoreInput } from "./schema";

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
): Promise<{ created: boolean; input: ScoreInput }> {
  const subject = await repFor(actor, repId, "edit-scores");
  if (!subject.ok) throw new ApiError(subject.reason);
  const { rep } = subject;
  const parsed = scoreInputSchema(thisMonth()).safeParse(raw);
  if (!parsed.success) throw new ApiError("invalid", scoreFieldErrors(parsed.error));
  const { created } = await saveScore({ userId: rep.id, actorId: actor.id, input: parsed.data, source });
  return { created, input: parsed.data };
}
