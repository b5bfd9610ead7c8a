// The one list of a score entry's fields, and the typed mappers every layer
// uses (form, API, audit trail, exports, board): no other module spells the
// fields out. Decimals are exact strings (never floats), the month YYYY-MM.
import type { Month } from "@/platform/time/month";

/** The pillars, in the order LinkedIn's SSI page shows them (the paste reader reads them in it). */
export const PILLARS = ["brand", "people", "insights", "relationships"] as const;
export type Pillar = (typeof PILLARS)[number];
export const PILLAR_MAX = 25;

/** An object with one property per name of `fields`, each `value(field, index)`. */
export function byField<F extends string, T>(fields: readonly F[], value: (field: F, index: number) => T): Record<F, T> {
  return Object.fromEntries(fields.map((f, i) => [f, value(f, i)])) as Record<F, T>;
}

/** The values every entry has: the total and the four pillars. */
export const REQUIRED_VALUES = ["total", ...PILLARS] as const;
/** The two groups LinkedIn compares a rep with. */
export const GROUPS = ["industry", "network"] as const;
export type Group = (typeof GROUPS)[number];
/** Where the rep stands in each group: top N %. */
export const RANK_OF = { industry: "industryRankPct", network: "networkRankPct" } as const;
/** The average SSI of each group. */
export const AVERAGE_OF = { industry: "industryAvg", network: "networkAvg" } as const;
export const RANK_VALUES = [RANK_OF.industry, RANK_OF.network] as const;
export const AVERAGE_VALUES = [AVERAGE_OF.industry, AVERAGE_OF.network] as const;
/** The values LinkedIn shows that a rep may leave out. */
export const OPTIONAL_VALUES = [...RANK_VALUES, ...AVERAGE_VALUES] as const;
/** The nine values of an entry. */
export const SCORE_VALUES = [...REQUIRED_VALUES, ...OPTIONAL_VALUES] as const;
/** Everything a rep enters: the month and the nine values. */
export const SCORE_FIELDS = ["month", ...SCORE_VALUES] as const;

export type RequiredValue = (typeof REQUIRED_VALUES)[number];
export type OptionalValue = (typeof OPTIONAL_VALUES)[number];
export type AverageValue = (typeof AVERAGE_VALUES)[number];
export type RankValue = (typeof RANK_VALUES)[number];
export type ScoreValue = (typeof SCORE_VALUES)[number];
export type ScoreField = (typeof SCORE_FIELDS)[number];

/** An entry's nine values as exact decimal strings; the optional ones null when unknown. */
export type ScoreValues = Record<RequiredValue, string> & Record<OptionalValue, string | null>;

/**
 * A stored entry's values: as ScoreValues, but the pillars are all null in a
 * totals-only entry (history imported from a wall sheet that has totals only).
 */
export type StoredScoreValues = Record<"total", string> & Record<Pillar, string | null> & Record<OptionalValue, string | null>;

/** A score entry as pages and the API see it. */
export type ScoreView = StoredScoreValues & {
  month: Month;
};

/** What a value may be: its range, its decimals, and the message code when it is out of range. */
export interface ValueRule {
  min: number;
  max: number;
  maxDecimals: number;
  rangeCode: string;
}

const PILLAR_RULE: ValueRule = { min: 0, max: PILLAR_MAX, maxDecimals: 3, rangeCode: "pillar-range" };
const RANK_RULE: ValueRule = { min: 1, max: 100, maxDecimals: 2, rangeCode: "rank-range" };
const AVERAGE_RULE: ValueRule = { min: 0, max: 100, maxDecimals: 3, rangeCode: "avg-range" };

/** The rule of each of the nine values (the score schema is built from it). */
export const VALUE_RULES: Record<ScoreValue, ValueRule> = {
  total: { min: 0, max: 100, maxDecimals: 3, rangeCode: "total-range" },
  ...byField(PILLARS, () => PILLAR_RULE),
  ...byField(RANK_VALUES, () => RANK_RULE),
  ...byField(AVERAGE_VALUES, () => AVERAGE_RULE),
};

/** The nine values as Prisma `select` columns. */
export const SCORE_VALUE_COLUMNS = byField(SCORE_VALUES, () => true as const);

type DecimalLike = { toString(): string };

/** A database decimal as an exact string ("13.118", "53"); null stays null. */
export function decimalString(value: DecimalLike | null): string | null {
  return value === null ? null : value.toString();
}

/** The nine values of a database row (Prisma decimals) as exact strings. */
export function scoreValuesOf(row: Record<"total", DecimalLike> & Record<Pillar | OptionalValue, DecimalLike | null>): StoredScoreValues {
  return mapScoreValues(row, (value) => decimalString(value)) as StoredScoreValues;
}

/** An entry's four pillars, or null on a totals-only entry (the pillars are all or none). */
export function pillarsOf<T>(entry: Record<Pillar, T | null>): Record<Pillar, T> | null {
  return PILLARS.every((p) => entry[p] !== null) ? (byField(PILLARS, (p) => entry[p]) as Record<Pillar, T>) : null;
}

/** A stored decimal entry's pillars as exact text, or null on a totals-only entry. */
export function pillarTextsOf(entry: Record<Pillar, DecimalLike | null>): Record<Pillar, string> | null {
  return pillarsOf(byField(PILLARS, (p) => decimalString(entry[p])));
}

/** Whether a stored entry has its pillars (not a totals-only entry). */
export function hasPillars(values: StoredScoreValues): values is ScoreValues {
  return pillarsOf(values) !== null;
}

/** The nine values of anything that has them (a parsed input, a view), and nothing else. */
export function pickScoreValues(values: ScoreValues): ScoreValues {
  return mapScoreValues(values, (value) => value) as ScoreValues;
}

/** `values` with `map` applied to each of the nine, field by field. */
export function mapScoreValues<V, T>(values: Record<ScoreValue, V>, map: (value: V, field: ScoreValue) => T): Record<ScoreValue, T> {
  return byField(SCORE_VALUES, (f) => map(values[f], f));
}

/** The nine values as a form holds them: text, "" where unknown. */
export type FormValues = Record<ScoreValue, string>;

/** A blank form. */
export const EMPTY_FORM_VALUES: FormValues = byField(SCORE_VALUES, () => "");

/** A stored entry's (or a paste's) values as a form shows them. */
export function formValuesOf(values: Partial<Record<ScoreValue, string | null>>): FormValues {
  return mapScoreValues({ ...EMPTY_FORM_VALUES, ...values }, (value) => value ?? "");
}
