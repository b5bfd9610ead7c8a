"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormField } from "@/components/ui/form-field";
import type { ActionState, FormAction } from "@/platform/http/define-action";
import { WEBHOOK_EVENTS } from "@/features/webhooks/events";

type Added = { id: string; secret: string };

/**
 * The form that adds a webhook. Once added, the signing secret is shown this
 * one time. A refused form keeps what was typed: with JavaScript the form is
 * sent without React's reset; without it, it posts to the server action.
 */
export function AddWebhookForm({ action }: { action: FormAction<Added> }) {
  const t = useTranslations("webhooks");
  const fieldT = useTranslations("fieldErrors");
  const [state, formAction, pending] = useActionState<ActionState<Added>, FormData>(action, null);
  const error = (field: string) => {
    const e = state && !state.ok ? state.error.fields?.[field] : undefined;
    return e ? fieldT(e.code as "required", e.params) : undefined;
  };
  const added = state?.ok ? state.data : null;
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => formAction(form));
  };
  return (
    <form action={formAction} onSubmit={submit} className="form" key={added?.id}>
      <div className="grid-2">
        <FormField id="webhook-name" label={t("name")} error={error("name")}>
          <input name="name" maxLength={80} required />
        </FormField>
        <FormField id="webhook-url" label={t("url")} hint={t("urlHint")} error={error("url")}>
          <input name="url" type="url" inputMode="url" autoComplete="off" spellCheck={false} maxLength={1000} required />
        </FormField>
      </div>
      <fieldset className="checkbox-list" aria-describedby={error("events") ? "webhook-events-error" : undefined}>
        <legend>{t("events")}</legend>
        <input type="hidden" name="events" value="" />
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="checkbox">
            <input type="checkbox" name="events" value={event} defaultChecked={event === "score.logged"} />
            <span>
              <code>{event}</code> {t(`eventNames.${event}`)}
            </span>
          </label>
        ))}
        {error("events") && (
          <p id="webhook-events-error" className="field-error">
            {error("events")}
          </p>
        )}
      </fieldset>
      <input type="hidden" name="allowPrivateNetwork" value="false" />
      <label className="checkbox">
        <input type="checkbox" name="allowPrivateNetwork" aria-describedby="webhook-private-hint" />
        <span>
          {t("allowPrivate")}
          <span id="webhook-private-hint" className="field-hint">
            {" "}
            {t("allowPrivateHint")}
          </span>
        </span>
      </label>
      <button type="submit" className="button button-primary" disabled={pending}>
        {t("add")}
      </button>
      {added ? (
        <div className="alert alert-ok" role="status">
          <p>{t("added")}</p>
          <p>
            {t("secretOnce")} <code className="secret">{added.secret}</code>
          </p>
        </div>
      ) : (
        state && !state.ok && !state.error.fields && <ActionMessage state={state} />
      )}
    </form>
  );
}
