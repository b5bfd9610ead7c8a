"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import type { ActionState, FormAction } from "@/platform/http/define-action";
import { RecoveryCodes } from "./recovery-codes";

type Answer = { codes: string[] } | null;

/**
 * A code typed from an authenticator app (or a recovery code): to sign in,
 * or to confirm the app being enrolled, whose answer is the recovery codes,
 * shown here once with what comes `after` them.
 */
export function CodeForm({ action, callbackUrl, submit, recovery, after }: { action: FormAction<{ codes: string[] }> | FormAction<null>; callbackUrl?: string; submit: string; recovery?: boolean; after?: React.ReactNode }) {
  const t = useTranslations("twoFactor");
  const [state, formAction, pending] = useActionState<ActionState<Answer>, FormData>(action as FormAction<Answer>, null);
  const error = useFieldError(state);
  if (state?.ok && state.data) return <RecoveryCodes codes={state.data.codes} after={after} />;
  return (
    <form action={formAction} className="form" noValidate>
      {callbackUrl !== undefined && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <FormField id="two-factor-code" label={t("code")} hint={recovery ? t("codeHintRecovery") : t("codeHint")} error={error("code")}>
        <input name="code" autoComplete="one-time-code" inputMode={recovery ? "text" : "numeric"} maxLength={40} required autoFocus spellCheck={false} />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
      {state && !state.ok && !state.error.fields?.code && <ActionMessage state={state} />}
    </form>
  );
}
