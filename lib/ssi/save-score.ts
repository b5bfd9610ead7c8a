import "server-only";
import { ApiError } from "../api/errors";
import { authorize, revealsMissing, type Actor } from "../auth/permissions";
import { thisMonth } from "../calendar";
import { findRepProfile } from "../users/data";
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
  const rep = await findRepProfile(repId);
  if (!rep) throw new ApiError(revealsMissing(actor) ? "not-found" : "forbidden");
  authorize(actor, { action: "edit-scores", rep });
  const parsed = scoreInputSchema(thisMonth()).safeParse(raw);
  if (!parsed.success) throw new ApiError("invalid", scoreFieldErrors(parsed.error));
  const { created } = await saveScore({ userId: rep.id, actorId: actor.id, input: parsed.data, source });
  return { created, input: parsed.data };
}
