"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/platform/http/define-action";

/** The translated error of a field ("tiers.1.minTotal") in an action's answer, or undefined. */
export function useFieldError(state: ActionState<unknown>) {
  const fieldT = useTranslations("fieldErrors");
  return (field: string) => {
    const error = state && !state.ok ? state.error.fields?.[field] : undefined;
    return error ? fieldT(error.code as "required", error.params) : undefined;
  };
}
