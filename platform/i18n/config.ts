import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const LOCALES = ["en", "fr"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
/** Remembers a signed-out visitor's choice of language. */
export const LOCALE_COOKIE = "ssi-locale";

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best of our locales for an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined, fallback: AppLocale = DEFAULT_LOCALE): AppLocale {
  if (!header) return fallback;
  const requested = new Negotiator({ headers: { "accept-language": header } }).languages();
  try {
    const best = match(requested, LOCALES, fallback);
    return isAppLocale(best) ? best : fallback;
  } catch {
    return fallback; // a malformed header is no reason to fail the page
  }
}

/** A visitor's language without knowing who they are: their remembered choice (LOCALE_COOKIE), else their browser's. */
export function visitorLocale(chosen: string | undefined, acceptLanguage: string | null | undefined, fallback: AppLocale = DEFAULT_LOCALE): AppLocale {
  return isAppLocale(chosen) ? chosen : localeFromAcceptLanguage(acceptLanguage, fallback);
}
