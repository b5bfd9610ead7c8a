import "server-only";
import { cache } from "react";
import { appTimeZone } from "@/platform/time/calendar";
import { db } from "@/platform/db/prisma";
import { versioned } from "@/platform/db/version";
import type { AppLocale } from "@/platform/i18n/config";
import { currentMonth, type Month } from "@/platform/time/month";
import { DEFAULT_FLAG_LIMITS, type FlagLimits } from "./flag-limits";
import { toMilli } from "@/platform/numbers/decimal";

export interface AppSettings {
  /** false: reps see only names and ranks on their team's board. */
  repsSeeScores: boolean;
  /** Whether the wall screen shows SSI figures; null: as reps see them. */
  wallShowsScores: boolean | null;
  /** The language for browsers that ask for none we have; null: English. */
  defaultLocale: AppLocale | null;
  /** The company's calendar; null: the SSI_TIME_ZONE variable, else Europe/Paris. */
  timeZone: string | null;
  /** Plausibility flag limits in points ("15", "8"). */
  jumpLimit: string;
  pillarMoveLimit: string;
}

export const DEFAULT_SETTINGS: AppSettings = {
  repsSeeScores: true,
  wallShowsScores: null,
  defaultLocale: null,
  timeZone: null,
  jumpLimit: String(DEFAULT_FLAG_LIMITS.jumpMilli / 1000),
  pillarMoveLimit: String(DEFAULT_FLAG_LIMITS.pillarMoveMilli / 1000),
};

/**
 * The company settings (defaults until an admin changes them), read once per
 * change of the data version (platform/db/version.ts) rather than once per request.
 */
export const getSettings = cache((): Promise<AppSettings> => versioned("settings", "people", readSettings));

async function readSettings(): Promise<AppSettings> {
  const row = await db().appSettings.findUnique({ where: { id: 1 } });
  if (!row) return DEFAULT_SETTINGS;
  return {
    repsSeeScores: row.repsSeeScores,
    wallShowsScores: row.wallShowsScores,
    defaultLocale: row.defaultLocale,
    timeZone: row.timeZone,
    jumpLimit: row.jumpLimit?.toString() ?? DEFAULT_SETTINGS.jumpLimit,
    pillarMoveLimit: row.pillarMoveLimit?.toString() ?? DEFAULT_SETTINGS.pillarMoveLimit,
  };
}

/** Whether the wall screen shows SSI figures. */
export const wallShowsScores = (settings: AppSettings): boolean => settings.wallShowsScores ?? settings.repsSeeScores;

/** The plausibility flags' limits. */
export const flagLimits = (settings: AppSettings): FlagLimits => ({
  jumpMilli: toMilli(settings.jumpLimit),
  pillarMoveMilli: toMilli(settings.pillarMoveLimit),
});

/** The time zone whose calendar decides the current month. */
export async function companyTimeZone(): Promise<string> {
  return (await getSettings()).timeZone ?? appTimeZone();
}

/** The current month in the company's calendar. */
export async function companyMonth(now: Date = new Date()): Promise<Month> {
  return currentMonth(await companyTimeZone(), now);
}
