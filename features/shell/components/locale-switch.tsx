import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { switchLocale } from "@/features/shell/locale-actions";
import { LOCALES } from "@/platform/i18n/config";

const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = { en: "English", fr: "Français" };

/** Two buttons, one per language; works without JavaScript. */
export async function LocaleSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <ActionForm action={switchLocale} className="locale-switch" label={t("language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          className="button button-quiet"
          aria-pressed={l === locale}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </ActionForm>
  );
}
