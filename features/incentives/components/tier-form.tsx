"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormField } from "@/components/ui/form-field";
import { useKeptValues } from "@/components/ui/kept-values";
import type { ActionState } from "@/platform/http/define-action";
import { saveTierSetAction } from "@/features/incentives/actions";
import type { TierSetInput } from "@/features/incentives/schema";
import type { Month } from "@/platform/time/month";
import { RewardFields } from "./reward-fields";
import { useFieldError } from "@/components/ui/field-error";

/** Sets the tiers from a month: a row per tier, spare rows left blank. */
export function TierForm({ initial, rows, minMonth }: { initial: Record<string, string>; rows: number; minMonth: Month }) {
  const t = useTranslations("incentives");
  const [state, action, pending] = useActionState<ActionState<TierSetInput>, FormData>(saveTierSetAction, null);
  const kept = useKeptValues(initial);
  const error = useFieldError(state);
  return (
    <form action={action} onSubmit={kept.keep} className="form" noValidate aria-labelledby="tiers-form-title">
      <h3 id="tiers-form-title">{t("tiersFormTitle")}</h3>
      <p className="muted">{t("tiersFormIntro")}</p>
      <FormField id="tiers-from" label={t("effectiveFrom")} error={error("effectiveFrom")}>
        <input type="month" name="effectiveFrom" min={minMonth} defaultValue={kept.value("effectiveFrom")} />
      </FormField>
      {error("tiers") && <p className="field-error">{error("tiers")}</p>}
      <div className="tier-rows">
        {Array.from({ length: rows }, (_, i) => (
          <fieldset key={i} className="tier-row inline-fields">
            <legend>{t("tierRow", { n: i + 1 })}</legend>
            <FormField id={`tier-${i}-name`} label={t("tierName")} error={error(`tiers.${i}.name`)}>
              <input name={`tiers.${i}.name`} defaultValue={kept.value(`tiers.${i}.name`)} maxLength={60} size={12} />
            </FormField>
            <FormField id={`tier-${i}-min`} label={t("minTotal")} error={error(`tiers.${i}.minTotal`)}>
              <input name={`tiers.${i}.minTotal`} defaultValue={kept.value(`tiers.${i}.minTotal`)} inputMode="decimal" size={6} />
            </FormField>
            <RewardFields prefix={`tiers.${i}.reward`} idPrefix={`tier-${i}`} value={kept.value} error={error} />
          </fieldset>
        ))}
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {t("saveTiers")}
      </button>
      <ActionMessage state={state} saved={t("tiersSaved")} />
    </form>
  );
}
