import "server-only";
import { db } from "@/platform/db/prisma";
import { dateToMonth, type Month } from "@/platform/time/month";

export interface GoalRecord {
  id: string;
  target: string;
  dueMonth: Month;
}

/** A user's personal goals, soonest due first. */
export async function listGoals(userId: string): Promise<GoalRecord[]> {
  const rows = await db().goal.findMany({
    where: { userId },
    orderBy: [{ dueMonth: "asc" }, { createdAt: "asc" }],
    select: { id: true, target: true, dueMonth: true },
  });
  return rows.map((g) => ({ id: g.id, target: g.target.toString(), dueMonth: dateToMonth(g.dueMonth) }));
}
