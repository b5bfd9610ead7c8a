import "server-only";
import { db } from "@/platform/db/prisma";
import { monthToDate, type Month } from "@/platform/time/month";
import type { GoalInput } from "./goal-schema";

/** Adds a goal for `userId`. */
export async function createGoal(userId: string, input: GoalInput): Promise<void> {
  await db().goal.create({ data: { userId, target: input.target, dueMonth: monthToDate(input.dueMonth as Month) } });
}

/** Changes one of `userId`'s goals; false when it is not theirs (or gone). */
export async function updateGoal(userId: string, goalId: string, input: GoalInput): Promise<boolean> {
  const { count } = await db().goal.updateMany({
    where: { id: goalId, userId },
    data: { target: input.target, dueMonth: monthToDate(input.dueMonth as Month) },
  });
  return count === 1;
}

/** Deletes one of `userId`'s goals; false when it is not theirs (or gone). */
export async function deleteGoal(userId: string, goalId: string): Promise<boolean> {
  const { count } = await db().goal.deleteMany({ where: { id: goalId, userId } });
  return count === 1;
}
