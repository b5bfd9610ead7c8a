"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useBrowserValue } from "@/components/ui/browser-value";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import type { ActionState } from "@/lib/actions/define-action";
import { importAction } from "@/lib/imports/actions";
import type { ImportResult } from "@/lib/imports/mutations";
import { InvitationLink } from "./invitation-link";

/**
 * Checks a file (a dry run), then imports it. The form is submitted by hand
 * so that the chosen file stays chosen between the check and the import.
 */
export function ImportForm() {
  const t = useTranslations("importPage");
  const errT = useTranslations("importErrors");
  const [state, action, pending] = useActionState<ActionState<ImportResult>, FormData>(importAction, null);
  const [checked, setChecked] = useState(false);
  // Without JavaScript the file is chosen again for each post: Import stays available.
  const hydrated = useBrowserValue(() => true, false);
  const error = useFieldError(state);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    data.set("dryRun", submitter?.value === "false" ? "false" : "true");
    setChecked(data.get("dryRun") === "true");
    startTransition(() => action(data));
  };
  const result = state?.ok ? state.data : null;
  const clean = result !== null && result.errors.length === 0;
  return (
    <>
      <form action={action} onSubmit={submit} onChange={() => setChecked(false)} className="form" noValidate encType="multipart/form-data">
        <fieldset className="checkbox-list">
          <legend>{t("kind")}</legend>
          <label className="checkbox">
            <input type="radio" name="kind" value="scores" defaultChecked /> {t("kinds.scores")}
          </label>
          <label className="checkbox">
            <input type="radio" name="kind" value="people" /> {t("kinds.people")}
          </label>
        </fieldset>
        <FormField id="import-file" label={t("file")} hint={t("fileHint")} error={error("file")}>
          <input type="file" name="file" accept=".csv,text/csv,text/plain" />
        </FormField>
        <p className="actions">
          <button type="submit" name="dryRun" value="true" className="button button-secondary" disabled={pending}>
            {t("check")}
          </button>
          <button type="submit" name="dryRun" value="false" className="button button-primary" disabled={pending || (hydrated && !(checked && clean && result?.dryRun))}>
            {t("import")}
          </button>
        </p>
        <ActionMessage state={state && !state.ok ? state : null} />
      </form>
      {result && (
        <section className="card" aria-labelledby="import-result" data-testid="import-result">
          <h2 id="import-result">
            {result.errors.length > 0 ? t("refused", { count: result.errors.length }) : result.dryRun ? t("checked") : t("done")}
          </h2>
          <p>{t(result.errors.length > 0 ? "otherLinesWould" : result.dryRun ? "wouldCount" : "count", { created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>
          {result.teamsToCreate.length > 0 && <p>{t("teamsToCreate", { teams: result.teamsToCreate.join(", ") })}</p>}
          {result.errors.length > 0 && (
            <table className="import-errors">
              <caption className="sr-only">{t("errorsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("line")}</th>
                  <th scope="col">{t("column")}</th>
                  <th scope="col">{t("problem")}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e) => (
                  <tr key={`${e.line}-${e.field}-${e.code}`}>
                    <td className="num">{e.line || "—"}</td>
                    <td>{e.field}</td>
                    <td>{errT(e.code as "required", e.params)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.invitations.map((i) => (
            <InvitationLink key={i.email} name={i.email} path={i.invitation.path} expiresAt={i.invitation.expiresAt} />
          ))}
        </section>
      )}
    </>
  );
}
