import "server-only";
import { db } from "@/platform/db/prisma";
import type { AppLocale } from "@/platform/i18n/config";

/** Remembers the language a user chose. */
export async function saveLocalePreference(userId: string, locale: AppLocale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
