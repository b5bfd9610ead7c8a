"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ActionState, FormAction } from "@/platform/http/define-action";
import { ActionMessage } from "./action-message";
import { restoreFields } from "./restore-fields";

/** A form for a server action that says whether it worked; works without JavaScript. */
export function ActionForm<T>({
  action,
  saved,
  className,
  label,
  fields,
  children,
}: {
  action: FormAction<T>;
  /** The message once the action worked (none: the page's change says it). */
  saved?: string;
  className?: string;
  label?: string;
  /** Say the field rule that refused the action (forms whose inputs are hidden). */
  fields?: boolean;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState<ActionState<T>, FormData>(action, null);
  const form = useRef<HTMLFormElement>(null);
  const sent = useRef<FormData | null>(null);
  // React empties a form once its action has answered. A refused form gets
  // back what was sent, so the user corrects it instead of typing it again;
  // a saved one stays empty for the next entry.
  useEffect(() => {
    if (state && !state.ok && form.current && sent.current) restoreFields(form.current, sent.current);
  }, [state]);
  return (
    <form ref={form} action={formAction} className={className} aria-label={label} onSubmit={(e) => (sent.current = new FormData(e.currentTarget))}>
      {children}
      <ActionMessage state={state} saved={saved} fields={fields} />
    </form>
  );
}
