// What a names-only viewer must never read: every figure of the teammates'
// entries (totals, pillars, previous months, progress) and the team's
// averages, in every way the app writes a number (3, 2 or 1 decimals, a point
// or a comma). The figures are chosen with decimals that nothing else on a
// page has, so that finding one in an answer means it leaked.
import { milliToText } from "../../../platform/numbers/decimal";

/**
 * The ways a page, a file or the API may write `value`, long enough not to
 * turn up by chance: its exact decimals, and rounded to 2 and to 1 decimal
 * (up and down: whatever rule the writer rounds by), with a point; the exact
 * decimals with a comma too (French pages). A comma and one digit ("12,3")
 * would also be any list of numbers in a page's payload.
 */
export function writtenForms(value: number): string[] {
  const milli = Math.round(Math.abs(value) * 1000);
  const exact = milliToText(milli);
  const rounded = [10, 100].flatMap((step) => [Math.floor(milli / step) * step, Math.ceil(milli / step) * step]).map(milliToText);
  const forms = new Set([exact, ...rounded].filter((text) => text.includes(".") && text.length >= 4));
  if (/\.\d\d/.test(exact)) forms.add(exact.replace(".", ","));
  return [...forms];
}

/**
 * A figure written as a number of its own: not inside a longer one ("13.12"
 * in a message), a version ("19.3.1") or a time ("05:21:33.300Z").
 */
const asNumber = (form: string) => new RegExp(`(?<![\\d.:])${form.replace(/[.,]/g, "\\$&")}(?![\\d])`);

/** A detector of the figures of `values`, each named (for the failure message). */
export class ScoreSecrets {
  private readonly forms = new Map<string, { name: string; pattern: RegExp }>();

  constructor(values: Record<string, number>) {
    for (const [name, value] of Object.entries(values)) for (const form of writtenForms(value)) this.forms.set(form, { name, pattern: asNumber(form) });
  }

  /** The secrets `text` gives away, as "Ana's total (61.375)". */
  foundIn(text: string): string[] {
    return [...this.forms].filter(([, { pattern }]) => pattern.test(text)).map(([form, { name }]) => `${name} (${form})`);
  }

  get size(): number {
    return this.forms.size;
  }
}
