"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { createTokenAction, type TokenFormState } from "@/lib/api/actions";

/** Creates a token and shows its value once. */
export function TokenForm() {
  const t = useTranslations("tokens");
  const fieldT = useTranslations("fieldErrors");
  const [name, setName] = useState("");
  const [state, action, pending] = useActionState<TokenFormState, FormData>(async (previous, formData) => {
    const result = await createTokenAction(previous, formData);
    if (result.status === "created") setName("");
    return result;
  }, { status: "idle" });
  return (
    <>
      {state.status === "created" && (
        <div className="alert alert-ok" role="status">
          <p>{t("created", { name: state.name })}</p>
          <code data-testid="new-token" className="token">{state.token}</code>
        </div>
      )}
      <form action={action} className="inline-form" noValidate>
        <FormField id="token-name" label={t("name")} error={state.status === "invalid" ? fieldT("token-name") : undefined}>
          <input name="name" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t("create")}
        </button>
      </form>
    </>
  );
}
