"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/platform/http/define-action";

const EXPLAINED = ["unauthorized", "forbidden", "not-found", "invalid", "month-closed", "month-already-closed", "month-not-closed", "database-unavailable", "import-busy", "email-off", "factor-exists", "factor-not-started", "factor-required", "passkey-exists"] as const;
type Explained = (typeof EXPLAINED)[number];

/** What an action answered: `saved` when it worked, why not when it refused. */
export function ActionMessage({ state, saved, fields }: { state: ActionState<unknown>; saved?: string; fields?: boolean }) {
  const t = useTranslations("actions");
  const fieldT = useTranslations("fieldErrors");
  if (!state) return null;
  if (state.ok) {
    return saved ? (
      <p className="alert alert-ok" role="status">
        {saved}
      </p>
    ) : null;
  }
  const code = state.error.code;
  // A form without fields of its own (a single button) says which rule refused it.
  const reasons = fields ? Object.values(state.error.fields ?? {}).flatMap((e) => (e ? [fieldT(e.code as "required", e.params)] : [])) : [];
  return (
    <p className="alert alert-error" role="alert">
      {reasons.length > 0 ? reasons.join(" ") : t((EXPLAINED as readonly string[]).includes(code) ? (code as Explained) : "invalid")}
    </p>
  );
}
