import "server-only";
import { cache } from "react";
import { db } from "../db/prisma";

export interface AppSettings {
  /** false: reps see only names and ranks on their team's board. */
  repsSeeScores: boolean;
}

const DEFAULTS: AppSettings = { repsSeeScores: true };

/**
 * The company settings (defaults until an admin changes them), read once per
 * request: the team page's roster and its team goals both ask.
 */
export const getSettings = cache(async (): Promise<AppSettings> => {
  const row = await db().appSettings.findUnique({ where: { id: 1 }, select: { repsSeeScores: true } });
  return row ?? DEFAULTS;
});
