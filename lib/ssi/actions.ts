"use server";
import { revalidatePath } from "next/cache";
import { can } from "../auth/permissions";
import { getCurrentUser } from "../auth/session";
import { thisMonth } from "../calendar";
import { findRepProfile } from "../users/data";
import { MonthClosedError } from "./errors";
import { saveScore } from "./mutations";
import { scoreFieldErrors, scoreInputSchema, type FieldError, type ScoreField } from "./schema";

export type ScoreFormState =
  | { status: "idle" }
  | { status: "saved"; month: string; total: string }
  | { status: "invalid"; errors: Partial<Record<ScoreField, FieldError>> }
  | { status: "error"; reason: "forbidden" | "signed-out" };

/**
 * Saves the form's score for `repId` (bound by the page). Checks the user,
 * then validates, then saves; fields it does not know (userId, role …) are
 * ignored, and the rep always comes from the page, never from the form.
 */
export async function saveScoreAction(repId: string, _previous: ScoreFormState, formData: FormData): Promise<ScoreFormState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", reason: "signed-out" };
  const rep = await findRepProfile(repId);
  if (!rep || !can(user, { action: "edit-scores", rep })) return { status: "error", reason: "forbidden" };

  const parsed = scoreInputSchema(thisMonth()).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "invalid", errors: scoreFieldErrors(parsed.error) };
  const source = formData.get("source") === "PASTE" ? "PASTE" : "FORM";
  try {
    await saveScore({ userId: rep.id, actorId: user.id, input: parsed.data, source });
  } catch (error) {
    if (error instanceof MonthClosedError) return { status: "invalid", errors: { month: { code: "month-closed" } } };
    throw error;
  }
  revalidatePath("/", "layout");
  return { status: "saved", month: parsed.data.month, total: parsed.data.total };
}
