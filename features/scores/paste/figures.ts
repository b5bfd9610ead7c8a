// A figure the page may give more than once: a rank in the header and again
// in a sentence, an average in two places. Its copies must agree. When they
// do not, or when the page does not say clearly which figure is the field's,
// the field is left empty and the result says why: the reader never picks one
// of two figures, as a wrong figure filled in silently is worse than an empty
// field the rep types.
import { OPTIONAL_VALUES, type OptionalValue } from "../score";

/** Why a figure the page shows was left empty, with the figures it gave for it (decimals: "75", "4.5"), in the page's order. */
export interface Refusal {
  reason: "contradicted" | "unclear";
  values: string[];
}

export type Refusals = Partial<Record<OptionalValue, Refusal>>;

/** One place the page gives a figure: its line (for the page's order) and its value. */
export interface Copy {
  at: number;
  value: string;
}

/** What a page says of one figure: its copies, and the figures that may be it but whose place is unclear. */
export interface Evidence {
  copies: Copy[];
  unclear: Copy[];
}

export const noEvidence = (): Evidence => ({ copies: [], unclear: [] });

/** The distinct values of some copies, in the page's order. */
const valuesOf = (copies: Copy[]) => [...new Set([...copies].sort((a, b) => a.at - b.at).map((copy) => copy.value))];

/** The figures whose copies agree, and the refusals of the others. */
export function settle(evidence: Partial<Record<OptionalValue, Evidence>>): { values: Partial<Record<OptionalValue, string>>; refused: Refusals } {
  const values: Partial<Record<OptionalValue, string>> = {};
  const refused: Refusals = {};
  for (const field of OPTIONAL_VALUES) {
    const { copies, unclear } = evidence[field] ?? noEvidence();
    const [value, ...others] = valuesOf(copies);
    if (others.length > 0) refused[field] = { reason: "contradicted", values: valuesOf(copies) };
    else if (unclear.length > 0) refused[field] = { reason: "unclear", values: valuesOf([...copies, ...unclear]) };
    else if (value !== undefined) values[field] = value;
  }
  return { values, refused };
}
