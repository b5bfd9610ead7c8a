"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { FormField } from "@/components/ui/form-field";
import type { ActionState, FormAction } from "@/platform/http/define-action";

/** Creates a team, or renames one, sets its managers and archives or restores it. */
export function TeamForm<T>({
  action,
  managers,
  team,
  submit,
}: {
  action: FormAction<T>;
  managers: { id: string; name: string }[];
  team?: { id: string; name: string; managerIds: string[]; archived: boolean };
  submit: string;
}) {
  const t = useTranslations("teamsAdmin");
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const error = useFieldError(state);
  const id = team?.id ?? "new-team";
  return (
    <form action={formAction} className="form" noValidate key={team ? "edit" : state?.ok ? JSON.stringify(state.data) : "new"}>
      {team && <input type="hidden" name="teamId" value={team.id} />}
      <FormField id={`${id}-name`} label={t("name")} error={error("name")}>
        <input name="name" defaultValue={team?.name ?? ""} maxLength={80} />
      </FormField>
      <CheckboxList name="managerIds" legend={t("managers")} options={managers} checked={team?.managerIds ?? []} error={error("managerIds")} />
      {team && (
        <>
          <input type="hidden" name="archived" value="false" />
          <label className="checkbox">
            <input type="checkbox" name="archived" value="true" defaultChecked={team.archived} />
            {t("archived")}
          </label>
          {error("archived") && <p className="field-error">{error("archived")}</p>}
        </>
      )}
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
      <ActionMessage state={state} saved={t("saved")} />
    </form>
  );
}
