"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { ActionState } from "@/platform/http/define-action";
import { passwordLinkAction } from "@/features/people/actions";
import { InvitationLink } from "./invitation-link";

/** Issues a new invitation or reset link for a person and shows it once. */
export function PasswordLinkButton({ userId, name, hasPassword }: { userId: string; name: string; hasPassword: boolean }) {
  const t = useTranslations("people");
  const [state, action, pending] = useActionState<ActionState<{ path: string; expiresAt: string }>, FormData>(passwordLinkAction, null);
  return (
    <form action={action} className="form">
      <input type="hidden" name="userId" value={userId} />
      <p className="muted">{hasPassword ? t("resetIntro") : t("reinviteIntro")}</p>
      <button type="submit" className="button button-secondary" disabled={pending}>
        {hasPassword ? t("reset") : t("reinvite")}
      </button>
      {state?.ok ? <InvitationLink name={name} path={state.data.path} expiresAt={state.data.expiresAt} /> : <ActionMessage state={state} />}
    </form>
  );
}
