"use client";
// The browser's half of a passkey: ask the server for options, let the
// browser's own prompt make or use the passkey (@simplewebauthn/browser),
// hand the answer back. Passkeys need JavaScript; without it (or in a
// browser without WebAuthn) these say so, and the other ways in stay.

import { browserSupportsWebAuthn, startAuthentication, startRegistration } from "@simplewebauthn/browser";
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import type { ActionResult } from "@/platform/http/define-action";
import { RecoveryCodes } from "./recovery-codes";

/** A server action called with a form's fields (these call them from a click, not a form). */
type Call<T> = (data: FormData) => Promise<ActionResult<T>>;
type BrowserProblem = "cancelled" | "failed" | "exists";
type Outcome = { result: ActionResult<unknown> } | { problem: BrowserProblem } | null;

const never = () => () => {};
/** Whether this browser can do WebAuthn: null while rendered on the server (and without JavaScript). */
function useSupport(): boolean | null {
  return useSyncExternalStore(never, browserSupportsWebAuthn, () => null);
}

/** What went wrong in the browser's prompt, in words a person can act on. */
function problemOf(caught: unknown): BrowserProblem {
  const name = caught instanceof Error ? caught.name : "";
  const code = (caught as { code?: string } | null)?.code;
  if (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError") return "exists";
  if (name === "NotAllowedError" || name === "AbortError" || code === "ERROR_CEREMONY_ABORTED") return "cancelled";
  return "failed";
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/**
 * The server's options, then the browser's prompt with them: the answer as
 * the JSON the server takes back, or what went wrong (the server's refusal,
 * or the prompt's).
 */
async function ceremony(options: Call<unknown>, fields: Record<string, string>, prompt: (optionsJSON: unknown) => Promise<unknown>): Promise<{ credential: string } | { failed: NonNullable<Outcome> }> {
  const offered = await options(form(fields));
  if (!offered.ok) return { failed: { result: offered } };
  try {
    return { credential: JSON.stringify(await prompt(offered.data)) };
  } catch (caught) {
    return { failed: { problem: problemOf(caught) } };
  }
}

function Outcome({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("passkeys");
  if (!outcome) return null;
  if ("problem" in outcome) return <p className="alert alert-error" role="alert">{t(outcome.problem)}</p>;
  return outcome.result.ok ? null : <ActionMessage state={outcome.result} fields />;
}

/** Why passkeys are not offered here: no JavaScript yet, no WebAuthn, or an address they cannot work at. */
function Unavailable({ supported, available }: { supported: boolean | null; available: boolean }) {
  const t = useTranslations("passkeys");
  if (!available) return <p className="muted">{t("unavailableAddress")}</p>;
  return <p className="muted">{supported === null ? t("needsJavaScript") : t("unsupported")}</p>;
}

/**
 * A button that uses a passkey: to sign in without a password ("sign-in"),
 * or as the second factor ("second-factor"). The server's answer sends the
 * browser on; a refusal is said here.
 */
export function UsePasskey({ purpose, options, finish, callbackUrl, label, available, before }: {
  purpose: "sign-in" | "second-factor";
  options: Call<unknown>;
  finish: Call<null>;
  callbackUrl: string;
  label: string;
  available: boolean;
  /** Shown above the button when it is offered ("or"). */
  before?: React.ReactNode;
}) {
  const t = useTranslations("passkeys");
  const supported = useSupport();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  // The sign-in page offers it only where it works; the second step says why not.
  if (!available || !supported) return purpose === "sign-in" ? null : <Unavailable supported={supported} available={available} />;
  const run = () =>
    startTransition(async () => {
      setOutcome(null);
      const answer = await ceremony(options, { purpose }, (o) => startAuthentication({ optionsJSON: o as PublicKeyCredentialRequestOptionsJSON }));
      if ("failed" in answer) return setOutcome(answer.failed);
      // On success the action redirects, and Next.js follows it.
      const result = await finish(form({ credential: answer.credential, callbackUrl }));
      if (result && !result.ok) setOutcome({ result });
    });
  return (
    <div className="passkey-use">
      {before}
      <button type="button" className="button button-secondary" onClick={run} disabled={pending}>
        {pending ? t("waiting") : label}
      </button>
      <Outcome outcome={outcome} />
    </div>
  );
}

/**
 * Adding a passkey: a name for it, then the browser's prompt. A first
 * factor's answer carries the recovery codes, shown once with `after`;
 * otherwise the page reloads its list.
 */
export function AddPasskey({ options, add, defaultName, available, after, purpose }: {
  options: Call<unknown>;
  add: Call<{ codes: string[] | null }>;
  defaultName: string;
  available: boolean;
  after: React.ReactNode;
  purpose?: "enrol";
}) {
  const t = useTranslations("passkeys");
  const supported = useSupport();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldError = useFieldError(outcome && "result" in outcome ? outcome.result : null);
  if (codes) return <RecoveryCodes codes={codes} after={after} title={t("codesTitle")} />;
  if (!available || !supported) return <Unavailable supported={supported} available={available} />;
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    startTransition(async () => {
      setOutcome(null);
      const answer = await ceremony(options, purpose ? { purpose, name } : { name }, (o) => startRegistration({ optionsJSON: o as PublicKeyCredentialCreationOptionsJSON }));
      if ("failed" in answer) return setOutcome(answer.failed);
      const result = await add(form({ name, credential: answer.credential }));
      if (!result.ok) return setOutcome({ result });
      if (result.data.codes) return setCodes(result.data.codes);
      setOutcome({ result });
      router.refresh();
    });
  };
  const added = outcome && "result" in outcome && outcome.result.ok;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormField id="passkey-name" label={t("nameLabel")} hint={t("nameHint")} error={fieldError("name")}>
        <input name="name" defaultValue={defaultName} maxLength={60} required autoComplete="off" />
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t("waiting") : t("add")}
      </button>
      {added && <p className="alert alert-ok" role="status">{t("added")}</p>}
      {!(outcome && "result" in outcome && !outcome.result.ok && outcome.result.error.fields?.name) && <Outcome outcome={outcome} />}
    </form>
  );
}
