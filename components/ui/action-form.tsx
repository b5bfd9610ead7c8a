"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState, FormAction } from "@/platform/http/define-action";
import { ActionMessage } from "./action-message";

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
  return (
    <form action={formAction} className={className} aria-label={label}>
      {children}
      <ActionMessage state={state} saved={saved} fields={fields} />
    </form>
  );
}
