// The board and the wall table as CSV for Excel (lib/csv/excel.ts).
import { dialect, textCell, toCsv } from "../csv/excel";
import type { AppLocale } from "../i18n/config";
import type { Month } from "../month";
import type { BoardEntry } from "./board";
import type { WallTableRow } from "./data";
import { PILLARS } from "../ssi/score";

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
  tier: string;
  challenges: string;
}

/** A rep's incentives in words: the tier's name, and one line per challenge. */
export type IncentiveCells = (userId: string) => { tier: string; challenges: string };

/** A board's header line. */
export function boardCsvHeader(labels: BoardCsvLabels): string[] {
  return [labels.rank, labels.rep, labels.team, labels.ssi, labels.previous, labels.progress, ...labels.pillars, labels.streak, labels.tier, labels.challenges];
}

/** Board entries as CSV cells. */
export function boardCsvRows(entries: readonly BoardEntry[], locale: AppLocale, incentives: IncentiveCells): string[][] {
  const d = dialect(locale).decimal;
  const opt = (v: string | null) => (v === null ? "" : d(v));
  return entries.map((e) => {
    const { tier, challenges } = incentives(e.userId);
    return [
      e.rank === null ? "" : String(e.rank),
      textCell(e.name),
      textCell(e.team?.name ?? ""),
      d(e.total),
      opt(e.previousTotal),
      opt(e.progress),
      ...PILLARS.map((p) => opt(e.pillars[p])),
      String(e.streak),
      textCell(tier),
      textCell(challenges),
    ];
  });
}

/** A board for a month as CSV. */
export function boardCsv(entries: readonly BoardEntry[], locale: AppLocale, labels: BoardCsvLabels, incentives: IncentiveCells): string {
  return toCsv(locale, boardCsvHeader(labels), boardCsvRows(entries, locale, incentives));
}

/** The wall table: one row per rep, one column per month, the SSI in the cells. */
export function wallTableCsv(
  rows: readonly WallTableRow[],
  months: readonly Month[],
  locale: AppLocale,
  labels: WallTableLabels,
): string {
  return toCsv(locale, wallTableHeader(months, labels), wallTableRows(rows, months, locale));
}

export type WallTableLabels = { rep: string; team: string; month: (m: Month) => string };

export const wallTableHeader = (months: readonly Month[], labels: WallTableLabels) => [labels.rep, labels.team, ...months.map(labels.month)];

/** Wall table rows as CSV cells. */
export function wallTableRows(rows: readonly WallTableRow[], months: readonly Month[], locale: AppLocale): string[][] {
  const d = dialect(locale).decimal;
  return rows.map((r) => [textCell(r.name), textCell(r.team ?? ""), ...months.map((m) => (r.totals[m] === undefined ? "" : d(r.totals[m] ?? "")))]);
}
