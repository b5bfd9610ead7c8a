"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { useKeptValues } from "@/components/ui/kept-values";
import type { ActionState } from "@/platform/http/define-action";
import { saveSettingsAction } from "@/features/settings/actions";

/** The company settings: who sees SSI figures, the wall, the language, the calendar, the flags. */
export function SettingsForm({ initial, timeZones, defaultZone }: { initial: Record<string, string>; timeZones: string[]; defaultZone: string }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<ActionState<null>, FormData>(saveSettingsAction, null);
  const kept = useKeptValues(initial);
  const error = useFieldError(state);
  return (
    <form action={action} onSubmit={kept.keep} className="form" noValidate>
      <label className="checkbox">
        <input type="checkbox" name="repsSeeScores" key={`reps-${kept.value("repsSeeScores")}`} defaultChecked={kept.value("repsSeeScores") === "on"} />
        {t("repsSeeScores")}
      </label>
      <FormField id="wall-shows" label={t("wallShowsScores")} error={error("wallShowsScores")}>
        <select name="wallShowsScores" key={kept.value("wallShowsScores")} defaultValue={kept.value("wallShowsScores")}>
          <option value="as-reps">{t("wallAsReps")}</option>
          <option value="show">{t("wallShow")}</option>
          <option value="hide">{t("wallHide")}</option>
        </select>
      </FormField>
      <FormField id="default-locale" label={t("defaultLocale")} hint={t("defaultLocaleHint")} error={error("defaultLocale")}>
        <select name="defaultLocale" key={kept.value("defaultLocale")} defaultValue={kept.value("defaultLocale")}>
          <option value="">English</option>
          <option value="fr">Français</option>
        </select>
      </FormField>
      <FormField id="time-zone" label={t("timeZone")} hint={t("timeZoneHint", { zone: defaultZone })} error={error("timeZone")}>
        <select name="timeZone" key={kept.value("timeZone")} defaultValue={kept.value("timeZone")}>
          <option value="">{t("timeZoneDefault", { zone: defaultZone })}</option>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>{zone}</option>
          ))}
        </select>
      </FormField>
      <div className="inline-fields">
        <FormField id="jump-limit" label={t("jumpLimit")} error={error("jumpLimit")}>
          <input name="jumpLimit" inputMode="decimal" size={6} defaultValue={kept.value("jumpLimit")} />
        </FormField>
        <FormField id="pillar-limit" label={t("pillarMoveLimit")} error={error("pillarMoveLimit")}>
          <input name="pillarMoveLimit" inputMode="decimal" size={6} defaultValue={kept.value("pillarMoveLimit")} />
        </FormField>
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {t("save")}
      </button>
      <ActionMessage state={state} saved={t("settingsSaved")} />
    </form>
  );
}
