"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useState, type FormEvent } from "react";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import type { Month } from "@/platform/time/month";
import type { ActionState, FormAction } from "@/platform/http/define-action";
import { REASON_MAX } from "@/platform/forms/fields";
import { takeHandoff } from "@/features/scores/paste/handoff";
import { parseSsiPage } from "@/features/scores/paste/parse";
import { figuresText, leftEmptyParams } from "@/features/scores/paste/refusal-text";
import { EMPTY_FORM_VALUES, formValuesOf, mapScoreValues, OPTIONAL_VALUES, PILLARS, type FormValues } from "@/features/scores/score";
import { scoreFieldErrors, scoreInputSchema, type FieldError, type ScoreField } from "@/features/scores/schema";
import { keepTyped } from "@/components/ui/keep-typed";
import { FormField } from "@/components/ui/form-field";


type Saved = { month: Month; total: string };

export function ScoreForm({
  action,
  repId,
  currentMonth,
  existing,
  pageHref,
  minMonth,
  closedMonths,
  askReason,
}: {
  action: FormAction<Saved>;
  /** Whose score this is: the server checks that the user may edit it. */
  repId: string;
  currentMonth: Month;
  /** The entries already logged, by month, to edit them in place. */
  existing: Partial<Record<Month, FormValues>>;
  pageHref: string;
  /** The oldest month this user may log (reps: last month); the server checks it too. */
  minMonth?: Month;
  /** The months an admin has closed. */
  closedMonths: readonly Month[];
  /** Admins may correct a closed month, giving a reason. */
  askReason: boolean;
}) {
  const t = useTranslations("scoreForm");
  const fieldT = useTranslations("fieldErrors");
  const pillarT = useTranslations("pillars");
  const apiT = useTranslations("api");
  const locale = useLocale();
  const decimal = (value: string) => (locale === "fr" ? value.replace(".", ",") : value);
  const valuesOf = (m: Month): FormValues => {
    const entry = existing[m];
    return entry ? mapScoreValues(entry, decimal) : EMPTY_FORM_VALUES;
  };

  const [month, setMonth] = useState<string>(currentMonth);
  const [values, setValues] = useState<FormValues>(() => valuesOf(currentMonth));
  const [clientErrors, setClientErrors] = useState<Partial<Record<ScoreField, FieldError>> | null>(null);
  const [source, setSource] = useState<"FORM" | "PASTE">("FORM");
  const [paste, setPaste] = useState("");
  const [pasteMessage, setPasteMessage] = useState<{ ok: boolean; text: string; notes?: string[] } | null>(null);
  /** Why the paste left the total empty, said by its field: the totals the page shows. */
  const [totalNote, setTotalNote] = useState<string | null>(null);
  const [state, formAction, pending] = useActionState<ActionState<Saved>, FormData>(action, null);
  const refusal = state && !state.ok ? state.error : null;

  const errors = clientErrors ?? refusal?.fields ?? {};
  const errorText = (field: ScoreField | "reason") => {
    const e = (errors as Partial<Record<ScoreField | "reason", FieldError>>)[field];
    return e ? fieldT(e.code as "required", e.params) : undefined;
  };
  const set = (field: keyof FormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  function changeMonth(next: string) {
    setMonth(next);
    if (next in existing || month in existing) setValues(valuesOf(next as Month));
  }

  function readPaste(text: string) {
    const result = parseSsiPage(text);
    setTotalNote(null);
    if (!result.ok) {
      if (result.reason === "contradicted-total") {
        setTotalNote(fieldT("paste-contradicted", { values: figuresText(locale, "total", result.values) }));
      }
      setPasteMessage({ ok: false, text: apiT(`paste-${result.reason}`) });
      return;
    }
    const { score, refused } = result;
    // The figures the reader left empty (the page contradicts itself, or is unclear): which, why, and where to look.
    const notes = OPTIONAL_VALUES.flatMap((field) => {
      const refusal = refused?.[field];
      return refusal ? [apiT("paste-left-empty", leftEmptyParams(locale, field, refusal))] : [];
    });
    let message = t("pasteRead");
    if (score.month && score.month <= currentMonth) setMonth(score.month);
    else if (score.month) message = `${message} ${t("pasteMonthIgnored", { month: formatMonth(locale, score.month) })}`;
    setValues(mapScoreValues(formValuesOf(score), decimal));
    setSource("PASTE");
    setClientErrors(null);
    setPasteMessage({ ok: true, text: message, notes });
  }

  // A page sent from LinkedIn by the bookmark: read it at once, save nothing.
  // The URL's fragment exists only in the browser, so this runs after
  // hydration, once; that is what an effect setting state is for.
  useEffect(() => {
    const sent = takeHandoff();
    if (sent === null) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPaste(sent);
    readPaste(sent);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = scoreInputSchema(currentMonth).safeParse({ month, ...values });
    if (!parsed.success) {
      event.preventDefault();
      setClientErrors(scoreFieldErrors(parsed.error));
      return;
    }
    setClientErrors(null);
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      <section className="card" aria-labelledby="paste-title">
        <h2 id="paste-title">{t("pasteTitle")}</h2>
        <div className="field">
          <label htmlFor="paste">{t("pasteLabel")}</label>
          <textarea ref={keepTyped(setPaste)} id="paste" rows={5} value={paste} onChange={(e) => setPaste(e.target.value)} />
        </div>
        <button type="button" className="button button-secondary" onClick={() => readPaste(paste)} disabled={paste.trim() === ""}>
          {t("pasteButton")}
        </button>
        <noscript>
          <p className="muted">{t("pasteNeedsScript")}</p>
        </noscript>
        {pasteMessage && (
          <p className={pasteMessage.ok ? "alert alert-ok" : "alert alert-error"} role="status" data-testid="paste-message">
            {pasteMessage.text}
          </p>
        )}
        {pasteMessage?.notes && pasteMessage.notes.length > 0 && (
          <div className="alert" role="status" data-testid="paste-refused">
            {pasteMessage.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
        )}
      </section>

      <form action={formAction} onSubmit={onSubmit} noValidate className="card form score-form">
        <input type="hidden" name="repId" value={repId} />
        <input type="hidden" name="source" value={source} />
        {state?.ok && !clientErrors && (
          <p className="alert alert-ok" role="status">
            {t("saved", { total: formatScore(locale, state.data.total), month: formatMonth(locale, state.data.month) })}{" "}
            <Link href={pageHref}>{t("backToPage")}</Link>
          </p>
        )}
        {refusal && !refusal.fields && (
          <p className="alert alert-error" role="alert">
            {refusal.code === "unauthorized" ? t("signedOut") : t("forbidden")}
          </p>
        )}
        {hasErrors && (
          <p className="alert alert-error" role="alert">
            {t("fixErrors")}
          </p>
        )}
        <FormField id="month" label={t("month")} error={errorText("month")}>
          <input ref={keepTyped(changeMonth)} type="month" name="month" min={minMonth} max={currentMonth} value={month} onChange={(e) => changeMonth(e.target.value)} />
        </FormField>
        {closedMonths.includes(month as Month) && (
          <p className="alert" data-testid="closed-month">
            {askReason ? t("closedCorrect", { month: formatMonth(locale, month as Month) }) : t("closedLocked", { month: formatMonth(locale, month as Month) })}
          </p>
        )}
        {month in existing && <p className="muted">{t("existing", { month: formatMonth(locale, month as Month) })}</p>}
        <div className="grid-2">
          {PILLARS.map((p) => (
            <FormField key={p} id={p} label={pillarT(p)} hint={t("pillarHint")} error={errorText(p)}>
              <input ref={keepTyped(set(p))} name={p} inputMode="decimal" autoComplete="off" value={values[p]} onChange={(e) => set(p)(e.target.value)} />
            </FormField>
          ))}
        </div>
        <FormField id="total" label={t("total")} hint={totalNote ? `${totalNote} ${t("totalHint")}` : t("totalHint")} error={errorText("total")}>
          <input ref={keepTyped(set("total"))} name="total" inputMode="decimal" autoComplete="off" value={values.total} onChange={(e) => set("total")(e.target.value)} />
        </FormField>
        <fieldset className="grid-2">
          <legend>{t("optional")}</legend>
          {OPTIONAL_VALUES.map((f) => (
            <FormField key={f} id={f} label={t(f)} error={errorText(f)}>
              <input ref={keepTyped(set(f))} name={f} inputMode="decimal" autoComplete="off" value={values[f]} onChange={(e) => set(f)(e.target.value)} />
            </FormField>
          ))}
        </fieldset>
        {askReason && (
          <FormField id="reason" label={t("reason")} hint={t("reasonHint")} error={errorText("reason")}>
            <textarea name="reason" rows={2} maxLength={REASON_MAX} />
          </FormField>
        )}
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t("saving") : month in existing ? t("update") : t("save")}
        </button>
      </form>
    </>
  );
}
