"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { saveGoalAction, type GoalFormState } from "@/lib/goals/actions";
import type { Month } from "@/lib/month";

/** Adds a goal, or edits one when `goal` is given. */
export function GoalForm({
  goal,
  minMonth,
  onDone,
}: {
  goal?: { id: string; target: string; dueMonth: Month };
  minMonth: Month;
  onDone?: () => void;
}) {
  const t = useTranslations("goals");
  const fieldT = useTranslations("fieldErrors");
  const [target, setTarget] = useState(goal?.target ?? "");
  const [dueMonth, setDueMonth] = useState<string>(goal?.dueMonth ?? "");
  const [state, action, pending] = useActionState<GoalFormState, FormData>(async (previous, formData) => {
    const result = await saveGoalAction(previous, formData);
    if (result.status === "saved") {
      // Saved: close the editor, or empty the "add" form for the next goal.
      if (onDone) onDone();
      else {
        setTarget("");
        setDueMonth("");
      }
    }
    return result;
  }, { status: "idle" });
  const prefix = goal ? `goal-${goal.id}` : "goal-new";

  const error = (field: "target" | "dueMonth") =>
    state.status === "invalid" && state.errors[field] ? fieldT(state.errors[field] as "required") : undefined;
  return (
    <form action={action} className="inline-form" noValidate>
      {goal && <input type="hidden" name="goalId" value={goal.id} />}
      <FormField id={`${prefix}-target`} label={t("target")} error={error("target")}>
        <input name="target" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
      </FormField>
      <FormField id={`${prefix}-due`} label={t("due")} error={error("dueMonth")}>
        <input type="month" name="dueMonth" min={minMonth} value={dueMonth} onChange={(e) => setDueMonth(e.target.value)} />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>
        {goal ? t("save") : t("add")}
      </button>
      {goal && onDone && (
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t("cancel")}
        </button>
      )}
      {state.status === "error" && (
        <p className="field-error" role="alert">
          {t("notFound")}
        </p>
      )}
    </form>
  );
}
