"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { keepTyped } from "@/components/ui/keep-typed";
import type { ActionState } from "@/platform/http/define-action";
import { saveGoalAction } from "@/features/scores/goal-actions";
import type { Month } from "@/platform/time/month";

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
  const [target, setTarget] = useState(goal?.target ?? "");
  const [dueMonth, setDueMonth] = useState<string>(goal?.dueMonth ?? "");
  // The server action itself (not a wrapper): the form then posts before hydration too.
  const [state, action, pending] = useActionState<ActionState<null>, FormData>(saveGoalAction, null);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    // A new answer: once saved, empty the "add" form for the next goal.
    setHandled(state);
    if (state?.ok && !onDone) {
      setTarget("");
      setDueMonth("");
    }
  }
  // Once saved, close the editor.
  useEffect(() => {
    if (state?.ok) onDone?.();
  }, [state, onDone]);
  const prefix = goal ? `goal-${goal.id}` : "goal-new";

  const error = useFieldError(state);
  return (
    <form action={action} className="inline-form" noValidate>
      {goal && <input type="hidden" name="goalId" value={goal.id} />}
      <FormField id={`${prefix}-target`} label={t("target")} error={error("target")}>
        <input ref={keepTyped(setTarget)} name="target" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
      </FormField>
      <FormField id={`${prefix}-due`} label={t("due")} error={error("dueMonth")}>
        <input ref={keepTyped(setDueMonth)} type="month" name="dueMonth" min={minMonth} value={dueMonth} onChange={(e) => setDueMonth(e.target.value)} />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>
        {goal ? t("save") : t("add")}
      </button>
      {goal && onDone && (
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t("cancel")}
        </button>
      )}
      {state && !state.ok && state.error.code === "not-found" && (
        <p className="field-error" role="alert">
          {t("notFound")}
        </p>
      )}
      {state && !state.ok && state.error.code !== "not-found" && state.error.code !== "invalid" && <ActionMessage state={state} />}
    </form>
  );
}
