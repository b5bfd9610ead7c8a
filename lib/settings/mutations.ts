import "server-only";
import { db } from "../db/prisma";
import type { AppSettings } from "./data";

export async function saveSettings(settings: AppSettings): Promise<void> {
  await db().appSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
}
