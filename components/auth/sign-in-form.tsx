"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import type { ActionState, FormAction } from "@/lib/actions/define-action";
import { signInSchema } from "@/lib/auth/schema";
import { fieldErrors, type FieldError } from "@/lib/forms/field-errors";
import { keepHandoff } from "@/lib/ssi/paste/handoff";

type Field = "email" | "password";

/**
 * A real form (React renders it as a POST to the sign-in server action), so it works before the
 * page's JavaScript has loaded (or without it); once loaded, it checks the
 * fields first and stays on the page while signing in.
 */
export function SignInForm({ action, callbackUrl }: { action: FormAction<never>; callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(action, null);
  // Controlled, so that React's reset of the form after each answer keeps it.
  const [email, setEmail] = useState("");
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, FieldError>> | null>(null);
  const refusal = state && !state.ok ? state.error : null;
  const errors = clientErrors ?? (refusal?.fields as Partial<Record<Field, FieldError>> | undefined) ?? {};
  const errorText = (field: Field) => {
    const code = errors[field]?.code;
    return code ? t(`errors.${code}` as "errors.email-required") : undefined;
  };
  const formError =
    refusal && !refusal.fields
      ? refusal.code === "too-many-attempts"
        ? t("tooMany")
        : refusal.code === "invalid-credentials"
          ? t("invalid")
          : t("failed")
      : null;

  // A page sent from LinkedIn to a signed-out rep waits for the log page.
  useEffect(keepHandoff, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrors(parsed.error, ["email", "password"] as const));
  }

  return (
    <form
      className="form"
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-describedby={formError ? "sign-in-error" : undefined}
    >
      {formError && (
        <p id="sign-in-error" className="alert alert-error" role="alert">
          {formError}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField id="email" label={t("email")} error={errorText("email")}>
        <input
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </FormField>
      <FormField id="password" label={t("password")} error={errorText("password")}>
        <input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
