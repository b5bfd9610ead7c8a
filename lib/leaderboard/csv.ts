// CSV exports that open correctly in Excel in French and English settings:
// UTF-8 with a byte-order mark, and the separator and decimal mark that
// Excel expects for the locale (French: ";" and ","; English: "," and ".").
import Papa from "papaparse";
import type { AppLocale } from "../i18n/config";
import type { Month } from "../month";
import type { BoardEntry } from "./board";
import type { WallTableRow } from "./data";
import { PILLARS } from "../ssi/score";

const BOM = "\uFEFF";

function dialect(locale: AppLocale) {
  return locale === "fr" ? { delimiter: ";", decimal: (v: string) => v.replace(".", ",") } : { delimiter: ",", decimal: (v: string) => v };
}

function toCsv(locale: AppLocale, header: string[], rows: string[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { delimiter: dialect(locale).delimiter, newline: "\r\n" });
}

export interface BoardCsvLabels {
  rank: string;
  rep: string;
  team: string;
  ssi: string;
  previous: string;
  progress: string;
  /** The pillars' names, in the order of PILLARS. */
  pillars: string[];
  streak: string;
}

/** A board for a month as CSV. */
export function boardCsv(entries: readonly BoardEntry[], locale: AppLocale, labels: BoardCsvLabels): string {
  const d = dialect(locale).decimal;
  const opt = (v: string | null) => (v === null ? "" : d(v));
  return toCsv(
    locale,
    [labels.rank, labels.rep, labels.team, labels.ssi, labels.previous, labels.progress, ...labels.pillars, labels.streak],
    entries.map((e) => [
      e.rank === null ? "" : String(e.rank),
      e.name,
      e.team?.name ?? "",
      d(e.total),
      opt(e.previousTotal),
      opt(e.progress),
      ...PILLARS.map((p) => d(e.pillars[p])),
      String(e.streak),
    ]),
  );
}

/** The wall table: one row per rep, one column per month, the SSI in the cells. */
export function wallTableCsv(
  rows: readonly WallTableRow[],
  months: readonly Month[],
  locale: AppLocale,
  labels: { rep: string; team: string; month: (m: Month) => string },
): string {
  const d = dialect(locale).decimal;
  return toCsv(
    locale,
    [labels.rep, labels.team, ...months.map(labels.month)],
    rows.map((r) => [r.name, r.team ?? "", ...months.map((m) => (r.totals[m] === undefined ? "" : d(r.totals[m] ?? "")))]),
  );
}
