// Where a file's table starts and what each of its columns is. The header is
// the first row that names a person (email, name, first or last name): title
// and blank rows above it are skipped, and the check says so. A mapping (the
// admin's choice, maybe saved) overrides what the headings say.
import { isMonth } from "@/platform/time/month";
import { FIELDS_OF, IDENTIFYING_FIELDS, understand, type Field, type Meaning } from "./headings";
import type { ImportKind, LineError } from "./kinds";
import type { SheetRow } from "./sheet";

/** Headings as in the file → what the admin says they are. */
export type Mapping = Readonly<Record<string, Meaning>>;

export interface Column {
  index: number;
  heading: string;
  meaning: Meaning;
  /** False when the reader guessed, or two columns could be the same field: the check asks the admin. */
  sure: boolean;
  /** Chosen by the mapping rather than read from the heading. */
  mapped: boolean;
}

export interface Table {
  headerLine: number;
  /** Lines above the header that were skipped (a title, a date). */
  titleLines: number[];
  columns: Column[];
  lines: SheetRow[];
  errors: LineError[];
  warnings: LineError[];
}

/** How far down a header may be: past a title block, not the middle of a sheet. */
const HEADER_SEARCH_ROWS = 20;

/** The columns of one row read as a header. */
function columnsOf(row: SheetRow, kind: ImportKind, mapping: Mapping): Column[] {
  return row.cells.map((cell, index) => {
    const mapped = Object.hasOwn(mapping, cell) ? mapping[cell] : undefined;
    if (mapped !== undefined && isAllowed(mapped, kind)) return { index, heading: cell, meaning: mapped, sure: true, mapped: true };
    return { index, heading: cell, ...understand(cell, kind), mapped: false };
  });
}

const isAllowed = (meaning: Meaning, kind: ImportKind) =>
  meaning === "ignore" || (isMonth(meaning) ? kind === "scores" : FIELDS_OF[kind].includes(meaning as Field));

const namesAPerson = (columns: Column[]) => columns.some((c) => IDENTIFYING_FIELDS.includes(c.meaning));

/** Finds the header and reads the columns of a file of `kind`. */
export function readTable(rows: readonly SheetRow[], kind: ImportKind, mapping: Mapping = {}): Table {
  const search = rows.slice(0, HEADER_SEARCH_ROWS);
  const at = search.findIndex((row) => row.cells.filter((c) => c !== "").length >= 2 && namesAPerson(columnsOf(row, kind, mapping)));
  const headerIndex = Math.max(0, at);
  const header = rows[headerIndex] ?? { line: 1, cells: [] };
  const columns = columnsOf(header, kind, mapping);
  const table: Table = {
    headerLine: header.line,
    titleLines: rows.slice(0, headerIndex).map((r) => r.line),
    columns,
    lines: rows.slice(headerIndex + 1),
    errors: [],
    warnings: [],
  };
  if (at < 0) {
    // No person column: every column is in question, for the admin to choose.
    for (const column of columns) column.sure = false;
    table.errors.push({ line: header.line, field: "email", code: "header-missing" });
  }
  lastNameBesideFirstName(columns);
  refuseTwice(table);
  for (const heading of Object.keys(mapping)) {
    if (!columns.some((c) => c.heading === heading)) table.warnings.push({ line: header.line, field: heading, code: "mapping-column-missing" });
  }
  return table;
}

/** "Prénom" beside "Nom": the "Nom" is the family name, as in every French sheet. */
function lastNameBesideFirstName(columns: Column[]): void {
  if (!columns.some((c) => c.meaning === "firstName") || columns.some((c) => c.meaning === "lastName")) return;
  for (const column of columns) if (column.meaning === "name" && !column.mapped) column.meaning = "lastName";
}

/** Two columns for one field (two emails, two "January 2026"): which one counts is the admin's choice. */
function refuseTwice(table: Table): void {
  const first = new Map<Meaning, Column>();
  for (const column of table.columns) {
    if (column.meaning === "ignore") continue;
    const earlier = first.get(column.meaning);
    if (!earlier) {
      first.set(column.meaning, column);
      continue;
    }
    earlier.sure = false;
    column.sure = false;
    table.errors.push({ line: table.headerLine, field: column.heading, code: "header-duplicate", params: { other: earlier.heading } });
  }
}

/** The column of `meaning`, if the file has one. */
export const columnOf = (table: Pick<Table, "columns">, meaning: Meaning) => table.columns.find((c) => c.meaning === meaning);
