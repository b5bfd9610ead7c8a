// The board and the wall table as export columns (platform/spreadsheets/columns.ts):
// the same columns for the CSV and the Excel file.
import type { Column } from "@/platform/spreadsheets/columns";
import type { Month } from "@/platform/time/month";
import { PILLARS } from "@/features/scores";
import type { VisibleEntry } from "./visible-board";
import type { WallTableRow } from "./history-data";

export interface BoardLabels {
  rank: string;
  rep: string;
  team: string;
  ssi: string;
  previous: string;
  progress: string;
  /** The pillars' names, in the order of PILLARS. */
  pillars: readonly string[];
  streak: string;
  tier: string;
  challenges: string;
}

/** A board's row as its viewer sees it, with its incentives in words: the tier's name, and one line per challenge. */
export type BoardFileRow = VisibleEntry & { tier: string; challenges: string };

/** A board's columns (a file is only for viewers who see the figures: see sight.ts). */
export function boardColumns(labels: BoardLabels): Column<BoardFileRow>[] {
  return [
    { kind: "number", heading: labels.rank, style: "whole", value: (e) => e.rank },
    { kind: "text", heading: labels.rep, value: (e) => e.name },
    { kind: "text", heading: labels.team, value: (e) => e.team?.name ?? "" },
    { kind: "number", heading: labels.ssi, style: "decimal", value: (e) => e.figures?.total ?? null },
    { kind: "number", heading: labels.previous, style: "decimal", value: (e) => e.figures?.previousTotal ?? null },
    { kind: "number", heading: labels.progress, style: "decimal", value: (e) => e.figures?.progress ?? null },
    ...PILLARS.map((p, i): Column<BoardFileRow> => ({ kind: "number", heading: labels.pillars[i] ?? p, style: "decimal", value: (e) => e.figures?.pillars[p] ?? null })),
    { kind: "number", heading: labels.streak, style: "whole", value: (e) => e.figures?.streak ?? null },
    { kind: "text", heading: labels.tier, value: (e) => e.tier },
    { kind: "text", heading: labels.challenges, value: (e) => e.challenges, wrap: true },
  ];
}

/**
 * The wall table's columns: the rep, their email (only for those who may
 * administer: `email` null leaves it out), the team, then a month per column
 * with the SSI, empty where nothing was logged. The importer reads this file
 * back, by email where there is one.
 */
export function wallTableColumns(months: readonly Month[], labels: { rep: string; email: string | null; team: string }): Column<WallTableRow>[] {
  const { email } = labels;
  return [
    { kind: "text", heading: labels.rep, value: (r) => r.name },
    ...(email === null ? [] : [{ kind: "text", heading: email, value: (r) => r.email } satisfies Column<WallTableRow>]),
    { kind: "text", heading: labels.team, value: (r) => r.team ?? "" },
    ...months.map((m): Column<WallTableRow> => ({ kind: "number", heading: { month: m }, style: "decimal", value: (r) => r.totals[m] ?? null })),
  ];
}
