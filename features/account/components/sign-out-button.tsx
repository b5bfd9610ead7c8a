"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { ActionForm } from "@/components/ui/action-form";
import { signOutAction } from "@/features/account/sign-in-actions";

function Submit() {
  const t = useTranslations("common");
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-quiet" disabled={pending}>
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}

/** A form posting to the sign-out action: works before JavaScript has loaded too. */
export function SignOutButton() {
  return (
    <ActionForm action={signOutAction}>
      <Submit />
    </ActionForm>
  );
}
