"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";

/** The reward's three fields (text, optional amount and currency), named `${prefix}.text` and so on. */
export function RewardFields({
  prefix,
  idPrefix,
  value,
  error,
}: {
  prefix: string;
  idPrefix: string;
  value: (name: string) => string;
  error: (field: string) => string | undefined;
}) {
  const t = useTranslations("incentives");
  const field = (name: string) => `${prefix}.${name}`;
  return (
    <>
      <FormField id={`${idPrefix}-reward`} label={t("rewardText")} error={error(field("text"))}>
        <input name={field("text")} defaultValue={value(field("text"))} maxLength={200} />
      </FormField>
      <FormField id={`${idPrefix}-amount`} label={t("amount")} error={error(field("amount"))}>
        <input name={field("amount")} defaultValue={value(field("amount"))} inputMode="decimal" size={8} />
      </FormField>
      <FormField id={`${idPrefix}-currency`} label={t("currency")} error={error(field("currency"))}>
        <input name={field("currency")} defaultValue={value(field("currency"))} maxLength={3} size={4} autoCapitalize="characters" />
      </FormField>
    </>
  );
}
