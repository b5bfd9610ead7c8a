"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormField } from "@/components/ui/form-field";
import { useKeptValues } from "@/components/ui/kept-values";
import type { ActionState } from "@/platform/http/define-action";
import { closeMonthAction, reopenMonthAction } from "@/features/incentives/actions";
import type { Month } from "@/platform/time/month";
import { REASON_MAX } from "@/platform/forms/fields";
import { useFieldError } from "@/components/ui/field-error";

/** Closes a month (an optional note) or reopens it (a reason is required). */
export function MonthCloseForm({ mode, month, label }: { mode: "close" | "reopen"; month: Month; label: string }) {
  const t = useTranslations("months");
  const [state, action, pending] = useActionState<ActionState<{ month: Month; closed: boolean }>, FormData>(
    mode === "close" ? closeMonthAction : reopenMonthAction,
    null,
  );
  const kept = useKeptValues({});
  const error = useFieldError(state);
  return (
    <form action={action} onSubmit={kept.keep} className="form" noValidate>
      <input type="hidden" name="month" value={month} />
      <FormField id={`${mode}-reason`} label={mode === "close" ? t("reasonOptional") : t("reasonRequired")} error={error("reason")}>
        <textarea name="reason" rows={2} maxLength={REASON_MAX} defaultValue={kept.value("reason")} />
      </FormField>
      {error("month") && <p className="field-error" role="alert">{error("month")}</p>}
      <button type="submit" className={mode === "close" ? "button button-primary" : "button button-secondary"} disabled={pending}>
        {label}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
