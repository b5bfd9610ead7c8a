"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import type { ActionState, FormAction } from "@/platform/http/define-action";

/** A new password typed twice; with the current one when changing it, with the link's token when setting it. */
export function PasswordForm({ action, token, email, submit }: { action: FormAction<null>; token?: string; email?: string; submit: string }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState<ActionState<null>, FormData>(action, null);
  const error = useFieldError(state);
  return (
    <form action={formAction} className="form" noValidate>
      {/* Lets a password manager file the new password under the right account. */}
      {email && <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />}
      {token ? (
        <input type="hidden" name="token" value={token} />
      ) : (
        <FormField id="current-password" label={t("current")} error={error("current")}>
          <input type="password" name="current" autoComplete="current-password" maxLength={200} />
        </FormField>
      )}
      <FormField id="new-password" label={t("password")} hint={t("passwordHint")} error={error("password")}>
        <input type="password" name="password" autoComplete="new-password" minLength={12} maxLength={200} />
      </FormField>
      <FormField id="confirm-password" label={t("confirm")} error={error("confirm")}>
        <input type="password" name="confirm" autoComplete="new-password" maxLength={200} />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
      <ActionMessage state={state} saved={t("passwordChanged")} />
    </form>
  );
}
