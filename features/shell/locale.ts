import "server-only";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/platform/auth/session";
import { getSettings } from "@/features/settings";
import { isAppLocale, LOCALE_COOKIE, visitorLocale, type AppLocale } from "@/platform/i18n/config";

/** The request's language: the user's preference, else the visitor's choice, else the browser's. */
export async function resolveLocale(): Promise<AppLocale> {
  const user = await getCurrentUser();
  if (user?.locale) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const acceptLanguage = (await headers()).get("accept-language");
  return visitorLocale(chosen, acceptLanguage, isAppLocale(chosen) ? undefined : ((await getSettings()).defaultLocale ?? undefined));
}
