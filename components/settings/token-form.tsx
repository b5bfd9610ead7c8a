"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { ActionMessage } from "@/components/ui/action-message";
import type { ActionState } from "@/lib/actions/define-action";
import { createTokenAction } from "@/lib/api/actions";

/** Creates a token and shows its value once. */
export function TokenForm() {
  const t = useTranslations("tokens");
  const fieldT = useTranslations("fieldErrors");
  const [name, setName] = useState("");
  // The server action itself (not a wrapper): the form then posts before hydration too.
  const [state, action, pending] = useActionState<ActionState<{ name: string; token: string }>, FormData>(createTokenAction, null);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) setName("");
  }
  const nameError = state && !state.ok ? state.error.fields?.name : undefined;
  return (
    <>
      {state?.ok && (
        <div className="alert alert-ok" role="status">
          <p>{t("created", { name: state.data.name })}</p>
          <code data-testid="new-token" className="token">{state.data.token}</code>
        </div>
      )}
      {state && !state.ok && state.error.code !== "invalid" && <ActionMessage state={state} />}
      <form action={action} className="inline-form" noValidate>
        <FormField id="token-name" label={t("name")} error={nameError ? fieldT(nameError.code as "token-name") : undefined}>
          <input name="name" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t("create")}
        </button>
      </form>
    </>
  );
}
