"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { RowAction } from "@/components/ui/row-action";
import { deleteGoalAction } from "@/features/scores/goal-actions";
import type { Month } from "@/platform/time/month";
import { GoalForm } from "./goal-form";

/** Edit and delete for one of the rep's own goals. */
export function GoalItemActions({ goal, minMonth }: { goal: { id: string; target: string; dueMonth: Month }; minMonth: Month }) {
  const t = useTranslations("goals");
  const [editing, setEditing] = useState(false);
  const done = useCallback(() => setEditing(false), []);
  if (editing) return <GoalForm goal={goal} minMonth={minMonth} onDone={done} />;
  return (
    <span className="actions">
      <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
        {t("edit")}
      </button>
      <RowAction action={deleteGoalAction} name="goalId" value={goal.id}>
        {t("delete")}
      </RowAction>
    </span>
  );
}
