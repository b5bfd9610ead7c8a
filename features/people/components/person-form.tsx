"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { FormField } from "@/components/ui/form-field";
import { useKeptValues } from "@/components/ui/kept-values";
import type { ActionState, FormAction } from "@/platform/http/define-action";
import { ROLES } from "@/features/people/schema";
import { InvitationLink } from "./invitation-link";

type Team = { id: string; name: string };
type Created = { id: string; name?: string; invitation?: { path: string; expiresAt: string } };

/** Creates a person (then shows their invitation link) or changes one. */
export function PersonForm<T extends Created>({
  action,
  teams,
  initial,
  userId,
  submit,
}: {
  action: FormAction<T>;
  teams: Team[];
  initial: { name: string; email: string; role: string; teamId: string; managedTeamIds: string[] };
  userId?: string;
  submit: string;
}) {
  const t = useTranslations("people");
  const ct = useTranslations("common");
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const kept = useKeptValues({ name: initial.name, email: initial.email, role: initial.role, teamId: initial.teamId });
  const error = useFieldError(state);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    // A new person: the form empties for the next one (the link stays shown).
    if (state?.ok && !userId) kept.clear();
  }
  const created = state?.ok ? state.data.invitation : undefined;
  const id = userId ?? "new";
  return (
    <>
      {created && state?.ok && <InvitationLink name={state.data.name ?? ""} path={created.path} expiresAt={created.expiresAt} />}
      <form key={state?.ok && !userId ? state.data.id : "form"} action={formAction} onSubmit={kept.keep} className="form" noValidate>
        {userId && <input type="hidden" name="userId" value={userId} />}
        <div className="inline-fields">
          <FormField id={`${id}-name`} label={t("name")} error={error("name")}>
            <input name="name" defaultValue={kept.value("name")} maxLength={100} autoComplete="off" />
          </FormField>
          <FormField id={`${id}-email`} label={t("email")} error={error("email")}>
            <input name="email" type="email" defaultValue={kept.value("email")} maxLength={254} autoComplete="off" />
          </FormField>
          <FormField id={`${id}-role`} label={t("role")} error={error("role")}>
            <select name="role" key={kept.value("role")} defaultValue={kept.value("role")}>
              {ROLES.map((r) => (
                <option key={r} value={r}>{ct(`roles.${r}`)}</option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-team`} label={t("team")} error={error("teamId")}>
            <select name="teamId" key={kept.value("teamId")} defaultValue={kept.value("teamId")}>
              <option value="">{t("noTeam")}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>{team.name}</option>
              ))}
            </select>
          </FormField>
        </div>
        <CheckboxList name="managedTeamIds" legend={t("manages")} options={teams} checked={initial.managedTeamIds} error={error("managedTeamIds")} />
        <button type="submit" className="button button-primary" disabled={pending}>
          {submit}
        </button>
        <ActionMessage state={state} saved={userId ? t("saved") : undefined} />
      </form>
    </>
  );
}
