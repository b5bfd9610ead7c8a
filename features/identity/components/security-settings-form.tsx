"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { useKeptValues } from "@/components/ui/kept-values";
import type { ActionState } from "@/platform/http/define-action";
import { setSecuritySettingsAction } from "../actions";
import { TWO_FACTOR_POLICIES } from "../policy";

/** Who must sign in with a second factor, and how long security events are kept. */
export function SecuritySettingsForm({ initial }: { initial: { twoFactorPolicy: string; securityRetentionDays: string } }) {
  const t = useTranslations("security");
  const [state, action, pending] = useActionState<ActionState<null>, FormData>(setSecuritySettingsAction, null);
  const kept = useKeptValues(initial);
  const error = useFieldError(state);
  return (
    <form action={action} onSubmit={kept.keep} className="form" noValidate>
      <FormField id="two-factor-policy" label={t("policy")} hint={t("policyHint")} error={error("twoFactorPolicy")}>
        <select name="twoFactorPolicy" key={kept.value("twoFactorPolicy")} defaultValue={kept.value("twoFactorPolicy")}>
          {TWO_FACTOR_POLICIES.map((p) => (
            <option key={p} value={p}>{t(`policies.${p}`)}</option>
          ))}
        </select>
      </FormField>
      <FormField id="security-retention" label={t("retention")} hint={t("retentionHint")} error={error("securityRetentionDays")}>
        <input name="securityRetentionDays" inputMode="numeric" size={6} defaultValue={kept.value("securityRetentionDays")} />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>{t("save")}</button>
      <ActionMessage state={state} saved={t("saved")} />
    </form>
  );
}
