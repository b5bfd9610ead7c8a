// How the reader understood a file, for the check to show next to the file's
// own columns: where the table starts, what each column is (and whether the
// reader is sure), and the first lines as they will be read.
import { isMonth, type Month } from "@/platform/time/month";
import { PILLARS } from "@/features/scores";
import { IDENTIFYING_FIELDS, type Meaning } from "./headings";
import type { ImportKind } from "./kinds";
import { personCells } from "./person-finder";
import type { ScoreLayout } from "./scores";
import type { SheetFile } from "./sheet";
import type { Table } from "./table";

export interface ColumnReading {
  heading: string;
  /** What the import does with it: "ignore" for a column it leaves out. */
  meaning: Meaning;
  sure: boolean;
  mapped: boolean;
}

export interface FileReading {
  format: SheetFile["format"];
  sheets: string[];
  sheet: string | null;
  headerLine: number;
  titleLines: number[];
  layout: ScoreLayout | "people" | null;
  columns: ColumnReading[];
  /** The first lines, as the import reads them: the person's cells, then each kept column's cell. */
  preview: { line: number; person: string; cells: { heading: string; text: string }[] }[];
  /** A single-month file's month, as chosen. */
  month: Month | null;
}

const PREVIEW_LINES = 5;

/** Whether a column of `meaning` is read in a file of `layout` (a wall sheet's "Total" column is not). */
function isRead(meaning: Meaning, layout: FileReading["layout"]): boolean {
  if (meaning === "ignore") return false;
  if (layout === "wide") return !(meaning === "total" || meaning === "month" || (PILLARS as readonly string[]).includes(meaning));
  if (layout === "long" || layout === "single") return !isMonth(meaning);
  return true;
}

/** The reading of `table`, from `file`, as an import of `kind` with `layout`. */
export function readingOf(file: SheetFile, table: Table, kind: ImportKind, layout: ScoreLayout | null, month: Month | null): FileReading {
  const shown = kind === "people" ? "people" : layout;
  const columns = table.columns.map((c) => ({ heading: c.heading, meaning: isRead(c.meaning, shown) ? c.meaning : "ignore", sure: c.sure, mapped: c.mapped }));
  const kept = table.columns.filter((c) => isRead(c.meaning, shown) && !IDENTIFYING_FIELDS.includes(c.meaning));
  return {
    format: file.format,
    sheets: file.sheets,
    sheet: file.sheet,
    headerLine: table.headerLine,
    titleLines: table.titleLines,
    layout: shown,
    columns,
    preview: table.lines.slice(0, PREVIEW_LINES).map((row) => {
      const cells = personCells(table, row);
      return { line: row.line, person: [cells.name, cells.email].filter(Boolean).join(" · "), cells: kept.map((c) => ({ heading: c.heading, text: row.cells[c.index] ?? "" })) };
    }),
    month: layout === "single" ? month : null,
  };
}
