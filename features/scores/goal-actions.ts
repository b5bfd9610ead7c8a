"use server";
import { z } from "zod";
import { defineAction } from "@/platform/http/define-action";
import { createGoal, deleteGoal, updateGoal } from "./goal-mutations";
import { goalInputSchema } from "./goal-schema";
import { NotFound } from "@/platform/errors/domain-errors";

const goalId = z.string().min(1).max(64);

/** Adds a goal for the signed-in rep; a goal id in the form makes it an edit of theirs. */
export const saveGoalAction = defineAction({
  input: goalInputSchema.extend({ goalId: goalId.optional() }),
  permission: (user) => ({ action: "edit-goals", rep: user }),
  run: async ({ goalId, ...goal }, user) => {
    if (!goalId) await createGoal(user.id, goal);
    else if (!(await updateGoal(user.id, goalId, goal))) throw new NotFound();
    return null;
  },
  revalidate: ["/"],
});

/** Deletes one of the signed-in rep's goals. */
export const deleteGoalAction = defineAction({
  input: z.object({ goalId }),
  permission: (user) => ({ action: "edit-goals", rep: user }),
  run: async ({ goalId }, user) => {
    if (!(await deleteGoal(user.id, goalId))) throw new NotFound();
    return null;
  },
  revalidate: ["/"],
});
