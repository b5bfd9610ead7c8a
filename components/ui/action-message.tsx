"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/define-action";

const EXPLAINED = ["unauthorized", "forbidden", "not-found", "invalid", "month-closed", "month-already-closed", "month-not-closed"] as const;
type Explained = (typeof EXPLAINED)[number];

/** What an action answered: `saved` when it worked, why not when it refused. */
export function ActionMessage({ state, saved }: { state: ActionState<unknown>; saved?: string }) {
  const t = useTranslations("actions");
  if (!state) return null;
  if (state.ok) {
    return saved ? (
      <p className="alert alert-ok" role="status">
        {saved}
      </p>
    ) : null;
  }
  const code = state.error.code;
  return (
    <p className="alert alert-error" role="alert">
      {t((EXPLAINED as readonly string[]).includes(code) ? (code as Explained) : "invalid")}
    </p>
  );
}
