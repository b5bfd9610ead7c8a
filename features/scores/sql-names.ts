// The score fields as SQL names them, for the statements that write many
// entries at once (the import's and the seed's unnest): their column lists are
// built from score.ts's lists rather than typed out again. Only these constant
// names ever reach raw SQL, never input.
import type { ScoreValue } from "./score";

const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** `field`'s column, quoted so that camelCase names ("industryRankPct") keep their case. */
export function scoreColumn(field: ScoreValue): string {
  // A guard, not validation: the names are constants, and this keeps them safe to splice.
  if (!PLAIN_NAME.test(field)) throw new Error(`not a plain column name: ${field}`);
  return `"${field}"`;
}

/** `fields`' columns, comma-separated, as a column list or an alias list; each read `::numeric` with `numeric`. */
export function scoreColumnList(fields: readonly ScoreValue[], options: { numeric?: boolean } = {}): string {
  return fields.map((f) => (options.numeric ? `${scoreColumn(f)}::numeric` : scoreColumn(f))).join(", ");
}
