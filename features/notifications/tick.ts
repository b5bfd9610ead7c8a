import "server-only";
// The scheduled messages: every few minutes the tick asks what is due now in
// the company's calendar (schedule.ts) and queues it; each message's key
// makes the second and later ticks of the day send nothing more.
import type PgBoss from "pg-boss";
import { companyTimeZone } from "@/features/settings";
import { enqueueScheduled } from "./mutations";
import { planDue } from "./plan";
import { dueAt } from "./schedule";

export const TICK_QUEUE = "notification-tick";

/** Queues what is due at `now` (the job's own `at` when it carries one: a test's clock). */
export async function tick(boss: PgBoss, now: Date): Promise<number> {
  const { month, due } = dueAt(now, await companyTimeZone());
  return enqueueScheduled(boss, await planDue(month, due), now);
}
