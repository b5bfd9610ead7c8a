"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useBrowserValue } from "@/components/ui/browser-value";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import type { ActionState } from "@/platform/http/define-action";
import { importAction } from "@/features/imports/actions";
import type { ImportKind } from "@/features/imports/kinds";
import type { ImportResult } from "@/features/imports/mutations";
import { ImportColumns } from "./import-columns";
import { ImportResultView } from "./import-result";

type Result = ImportResult & { savedMapping: string | null };

/**
 * Checks a file (a dry run), then imports it. The form is submitted by hand
 * so that the chosen file stays chosen between the check and the import.
 * After a check, the file's columns and what they were read as are part of
 * the form: what the admin chooses there goes with the next check or import
 * (without JavaScript too, with the file chosen again).
 */
export function ImportForm({ savedMappings }: { savedMappings: Record<ImportKind, string[]> }) {
  const t = useTranslations("importPage");
  const [state, action, pending] = useActionState<ActionState<Result>, FormData>(importAction, null);
  const [checked, setChecked] = useState(false);
  const [kind, setKind] = useState<ImportKind>("scores");
  // A new file, or another kind, is read afresh: the columns chosen for the last one no longer apply.
  const [fileVersion, setFileVersion] = useState(0);
  const [readVersion, setReadVersion] = useState(0);
  // Without JavaScript the file is chosen again for each post: Import stays available.
  const hydrated = useBrowserValue(() => true, false);
  const error = useFieldError(state);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    data.set("dryRun", submitter?.value === "false" ? "false" : "true");
    setChecked(data.get("dryRun") === "true");
    setReadVersion(fileVersion);
    startTransition(() => action(data));
  };
  const result = state?.ok ? state.data : null;
  const current = result !== null && readVersion === fileVersion;
  const clean = result !== null && result.errors.length === 0;
  const saved = savedMappings[kind];
  const changed = () => {
    setChecked(false);
    setFileVersion((v) => v + 1);
  };
  return (
    <>
      <form action={action} onSubmit={submit} className="form" noValidate encType="multipart/form-data">
        <fieldset className="checkbox-list" onChange={changed}>
          <legend>{t("kind")}</legend>
          <label className="checkbox">
            <input type="radio" name="kind" value="scores" defaultChecked onChange={() => setKind("scores")} /> {t("kinds.scores")}
          </label>
          <label className="checkbox">
            <input type="radio" name="kind" value="people" onChange={() => setKind("people")} /> {t("kinds.people")}
          </label>
        </fieldset>
        <FormField id="import-file" label={t("file")} hint={t("fileHint")} error={error("file")}>
          <input type="file" name="file" accept=".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={changed} />
        </FormField>
        {kind === "scores" && (
          <FormField id="import-month" label={t("month")} hint={t("monthHint")} error={error("month")}>
            <input type="month" name="month" onChange={() => setChecked(false)} />
          </FormField>
        )}
        {saved.length > 0 && (
          <FormField id="import-mapping-name" label={t("savedMapping")} hint={t("savedMappingHint")} error={error("mappingName")}>
            <select name="mappingName" defaultValue="" onChange={() => setChecked(false)}>
              <option value="">{t("noSavedMapping")}</option>
              {saved.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </FormField>
        )}
        {result?.reading && current && (
          <ImportColumns key={fileVersion} kind={kind} reading={result.reading} onChange={() => setChecked(false)} saveError={error("saveMappingAs")} />
        )}
        <p className="actions">
          <button type="submit" name="dryRun" value="true" className="button button-secondary" disabled={pending}>
            {t("check")}
          </button>
          <button type="submit" name="dryRun" value="false" className="button button-primary" disabled={pending || (hydrated && !(checked && clean && result?.dryRun && current))}>
            {t("import")}
          </button>
        </p>
        <ActionMessage state={state && !state.ok ? state : null} />
      </form>
      {result && <ImportResultView result={result} />}
    </>
  );
}
