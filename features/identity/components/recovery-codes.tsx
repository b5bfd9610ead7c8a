"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { ActionState, FormAction } from "@/platform/http/define-action";

/** The ten recovery codes, shown once: to print, copy or keep in a password manager. */
export function RecoveryCodes({ codes, after, title }: { codes: string[]; after?: React.ReactNode; title?: string }) {
  const t = useTranslations("twoFactor");
  return (
    <div className="recovery-codes" role="status">
      <p className="alert alert-ok">{title ?? t("codesTitle")}</p>
      <p>{t("codesIntro")}</p>
      <ol className="recovery-code-list" aria-label={t("codesLabel")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      {after}
    </div>
  );
}

/** "New recovery codes": the old ones stop working, the new ones are shown here once. */
export function RenewRecoveryCodes({ action, left }: { action: FormAction<{ codes: string[] }>; left: number }) {
  const t = useTranslations("twoFactor");
  const [state, formAction, pending] = useActionState<ActionState<{ codes: string[] }>, FormData>(action, null);
  if (state?.ok) return <RecoveryCodes codes={state.data.codes} after={<a href="/settings/security" className="button button-secondary button-link">{t("done")}</a>} />;
  return (
    <form action={formAction} className="form">
      <p>{t("codesLeft", { left })}</p>
      <button type="submit" className="button button-secondary" disabled={pending}>
        {t("renewCodes")}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
