"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { signInSchema } from "@/platform/auth/schema";
import { fieldErrors, type FieldError } from "@/platform/forms/field-errors";
import { keepHandoff } from "@/features/scores/client";

type Field = "email" | "password";

/** Where the form posts (app/api/auth/sign-in/route.ts). */
const ENDPOINT = "/api/auth/sign-in";

/**
 * A real form that posts to the sign-in endpoint, so it works before the
 * page's JavaScript has loaded (or without it: the endpoint then answers with
 * redirects, and `refused` says why the last attempt failed). Once loaded, it
 * checks the fields first and signs in without leaving the page, keeping
 * what was typed when refused.
 */
export function SignInForm({ callbackUrl, refused }: { callbackUrl: string; refused: string | null }) {
  const t = useTranslations("signIn");
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(refused);
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const errorText = (field: Field) => {
    const code = errors[field]?.code;
    return code ? t(`errors.${code}` as "errors.email-required") : undefined;
  };

  // A page sent from LinkedIn to a signed-out rep waits for the log page.
  useEffect(keepHandoff, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, ["email", "password"] as const));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const response = await fetch(ENDPOINT, { method: "POST", body: data, headers: { Accept: "application/json" } });
      const answer = (await response.json()) as { location?: string; error?: { message?: string } };
      if (response.ok && answer.location) {
        // A whole new page: everything on it is now rendered for the signed-in user.
        window.location.assign(answer.location);
        return;
      }
      setFormError(answer.error?.message ?? t("failed"));
    } catch {
      setFormError(t("failed"));
    }
    setPending(false);
  }

  return (
    <form
      className="form"
      method="post"
      action={ENDPOINT}
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
        <input name="email" type="email" autoComplete="username" inputMode="email" required />
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
