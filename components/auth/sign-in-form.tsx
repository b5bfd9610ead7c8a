"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { signInSchema } from "@/lib/auth/schema";

type FieldErrors = Partial<Record<"email" | "password", string>>;

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: boolean }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError ? t("invalid") : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === "email" || field === "password") && !errors[field]) {
          errors[field] = t(`errors.${issue.message}` as "errors.email-required");
        }
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setFormError(
        result?.error === "TooManyAttempts"
          ? t("tooMany")
          : result?.error === "CredentialsSignin" || result?.status === 401
            ? t("invalid")
            : t("failed"),
      );
    } catch {
      setFormError(t("failed"));
    }
    setPending(false);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-describedby={formError ? "sign-in-error" : undefined}>
      {formError && (
        <p id="sign-in-error" className="alert alert-error" role="alert">
          {formError}
        </p>
      )}
      <FormField id="email" label={t("email")} error={fieldErrors.email}>
        <input name="email" type="email" autoComplete="username" inputMode="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </FormField>
      <FormField id="password" label={t("password")} error={fieldErrors.password}>
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
