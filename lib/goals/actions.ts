"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "../auth/permissions";
import { getCurrentUser } from "../auth/session";
import { createGoal, deleteGoal, updateGoal } from "./mutations";
import { goalInputSchema } from "./schema";

export type GoalFormState =
  | { status: "idle" }
  | { status: "saved" }
  | { status: "invalid"; errors: Partial<Record<"target" | "dueMonth", string>> }
  | { status: "error"; reason: "forbidden" | "not-found" };

const idSchema = z.string().min(1).max(64);

async function currentRep() {
  const user = await getCurrentUser();
  return user && can(user, { action: "edit-goals", rep: user }) ? user : null;
}

function invalid(error: z.ZodError): GoalFormState {
  const errors: Partial<Record<"target" | "dueMonth", string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "target" || field === "dueMonth") && !errors[field]) errors[field] = issue.message;
  }
  return { status: "invalid", errors };
}

/** Adds a goal for the signed-in rep; a goal id in the form makes it an edit. */
export async function saveGoalAction(_previous: GoalFormState, formData: FormData): Promise<GoalFormState> {
  const user = await currentRep();
  if (!user) return { status: "error", reason: "forbidden" };
  const parsed = goalInputSchema.safeParse({ target: formData.get("target") ?? "", dueMonth: formData.get("dueMonth") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  const goalId = idSchema.safeParse(formData.get("goalId"));
  if (goalId.success) {
    if (!(await updateGoal(user.id, goalId.data, parsed.data))) return { status: "error", reason: "not-found" };
  } else {
    await createGoal(user.id, parsed.data);
  }
  revalidatePath("/", "layout");
  return { status: "saved" };
}

/** Deletes one of the signed-in rep's goals. */
export async function deleteGoalAction(formData: FormData): Promise<void> {
  const user = await currentRep();
  const goalId = idSchema.safeParse(formData.get("goalId"));
  if (!user || !goalId.success) return;
  await deleteGoal(user.id, goalId.data);
  revalidatePath("/", "layout");
}
