import "server-only";
import { db } from "../db/prisma";

export interface AppSettings {
  /** false: reps see only names and ranks on their team's board. */
  repsSeeScores: boolean;
}

const DEFAULTS: AppSettings = { repsSeeScores: true };

/** The company settings (defaults until an admin changes them). */
export async function getSettings(): Promise<AppSettings> {
  const row = await db().appSettings.findUnique({ where: { id: 1 }, select: { repsSeeScores: true } });
  return row ?? DEFAULTS;
}
