"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { ActionState, FormAction } from "@/platform/http/define-action";

/** What a test answered: the receiver's or SMTP server's reply, sent now (not queued), so the admin sees it at once. */
export interface TestAnswer {
  ok: boolean;
  answer: string;
}

/** A button that sends a test now and shows what the receiver answered; works without JavaScript. */
export function TestAnswerForm({ action, label, children, hidden }: { action: FormAction<TestAnswer>; label?: string; children: React.ReactNode; hidden?: Record<string, string> }) {
  const t = useTranslations("common");
  const [state, formAction, pending] = useActionState<ActionState<TestAnswer>, FormData>(action, null);
  return (
    <form action={formAction} className="inline-form">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button" aria-label={label} disabled={pending}>
        {children}
      </button>
      {state?.ok ? (
        <p className={`alert ${state.data.ok ? "alert-ok" : "alert-error"}`} role={state.data.ok ? "status" : "alert"}>
          {t(state.data.ok ? "testOk" : "testFailed", { answer: state.data.answer })}
        </p>
      ) : (
        <ActionMessage state={state} />
      )}
    </form>
  );
}
