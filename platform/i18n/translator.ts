// Translations outside React (route handlers, server actions' results).
import { createTranslator } from "next-intl";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import type { AppLocale } from "./config";

const catalogues = { en, fr } as const;

/** A translator for `locale`, over the whole catalogue. */
export function translator(locale: AppLocale) {
  return createTranslator({ locale, messages: catalogues[locale] });
}

export type Translator = ReturnType<typeof translator>;
