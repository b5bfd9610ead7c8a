import "server-only";
import { db } from "@/platform/db/prisma";
import type { Prisma } from "@/platform/db/generated/client";
import { recordEvent } from "@/platform/audit/mutations";
import type { AppSettings } from "./data";

/** Saves the company settings and records who changed what. */
export async function saveSettings(settings: AppSettings, actorId: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.appSettings.findUnique({ where: { id: 1 } });
    await tx.appSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
    await recordEvent(tx, { kind: "settings.update", actorId, details: { before: before ? settingsJson(before) : null, after: settingsJson(settings) } });
  });
}

const settingsJson = (row: object): Prisma.InputJsonObject =>
  Object.fromEntries(Object.entries(row).filter(([k]) => k !== "id").map(([k, v]) => [k, v === null || typeof v === "boolean" ? v : String(v)]));
