// How the form and the API say why the reader left a figure empty, in the
// reader's language: the figures the page showed for it, written and listed
// as the locale does ("75% and 81%", "75 % et 81 %").
import { formatScore } from "@/platform/i18n/format";
import { numberFormat } from "@/platform/intl/formats";
import { RANK_VALUES, type OptionalValue, type ScoreValue } from "../score";
import type { Refusal } from "./figures";

const isRank = (field: ScoreValue) => (RANK_VALUES as readonly ScoreValue[]).includes(field);

/** The figures a page showed for a field, as the locale writes and lists them. */
export function figuresText(locale: string, field: ScoreValue, values: readonly string[]): string {
  // A rank is a percentage already ("Top 75%"): the "percent" unit writes it without multiplying by 100.
  const percent = numberFormat(locale, { style: "unit", unit: "percent", maximumFractionDigits: 2 });
  const texts = values.map((value) => (isRank(field) ? percent.format(Number(value)) : formatScore(locale, value)));
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(texts);
}

/** The parameters of the "api.paste-left-empty" message for a figure the reader left empty. */
export function leftEmptyParams(locale: string, field: OptionalValue, refusal: Refusal): Record<"field" | "reason" | "values", string> {
  return { field, reason: refusal.reason, values: figuresText(locale, field, refusal.values) };
}
