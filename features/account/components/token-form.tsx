"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { ActionMessage } from "@/components/ui/action-message";
import { keepTicked, keepTyped } from "@/components/ui/keep-typed";
import type { ActionState } from "@/platform/http/define-action";
import { createTokenAction } from "@/features/account/token-actions";
import { TOKEN_LIFETIMES, type TokenLifetime } from "@/features/account/token-lifetimes";

/** Creates a token (how long it works, whether it may only read) and shows its value once. */
export function TokenForm() {
  const t = useTranslations("tokens");
  const fieldT = useTranslations("fieldErrors");
  // Controlled: a refused submit keeps what was chosen (React resets a form after its action).
  const [name, setName] = useState("");
  const [expires, setExpires] = useState<TokenLifetime>("90");
  const [readOnly, setReadOnly] = useState(false);
  // The server action itself (not a wrapper): the form then posts before hydration too.
  const [state, action, pending] = useActionState<ActionState<{ name: string; token: string }>, FormData>(createTokenAction, null);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) {
      setName("");
      setExpires("90");
      setReadOnly(false);
    }
  }
  const fieldError = (field: string) => {
    const error = state && !state.ok ? state.error.fields?.[field] : undefined;
    return error ? fieldT(error.code as "token-name") : undefined;
  };
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
        <FormField id="token-name" label={t("name")} error={fieldError("name")}>
          <input ref={keepTyped(setName)} name="name" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField id="token-expires" label={t("expires")} error={fieldError("expires")}>
          <select name="expires" value={expires} onChange={(e) => setExpires(e.target.value as TokenLifetime)}>
            {TOKEN_LIFETIMES.map((lifetime) => (
              <option key={lifetime} value={lifetime}>
                {lifetime === "never" ? t("expiresNever") : t("expiresInDays", { days: Number(lifetime) })}
              </option>
            ))}
          </select>
        </FormField>
        <input type="hidden" name="readOnly" value="false" />
        <label className="checkbox">
          <input ref={keepTicked(setReadOnly)} type="checkbox" name="readOnly" value="true" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} />
          {t("readOnly")}
        </label>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t("create")}
        </button>
      </form>
    </>
  );
}
