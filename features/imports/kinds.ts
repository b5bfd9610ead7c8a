// What an import reports, the same for its dry run and its real run, the
// page and the API.
import type { Role } from "@/platform/auth/permissions";
import type { Month } from "@/platform/time/month";
import type { Pillar } from "@/features/scores";

export const IMPORT_KINDS = ["people", "scores"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A bad line: its number in the file (the header is 1), the column as headed in the file, why. */
export interface LineError {
  line: number;
  field: string;
  code: string;
  params?: Record<string, string>;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Teams a people import creates. */
  teamsToCreate: string[];
  errors: LineError[];
  /** What the admin should look at but that does not stop the import (a name that disagrees with its email). */
  warnings: LineError[];
  /** Lines left out on purpose: in a single-month file, people who have no account here or are not reps. */
  skipped: LineError[];
  /** Lines whose person cells hold a total or an average ("Average", "Moyenne équipe"), with that text. */
  ignoredLines: { line: number; text: string }[];
}

/** How many lines of each list a report gives in full: a file of 200,000 bad lines needs its first ones, then counts. */
export const LINES_SHOWN = 100;

/** The lines of a report's list beyond the first LINES_SHOWN, counted by code. */
export type NotShown = Partial<Record<"errors" | "warnings" | "skipped", Record<string, number>>>;

/** `report` with each list cut to LINES_SHOWN lines, and what was cut counted by code. */
export function capped<R extends ImportReport>(report: R): R & { notShown: NotShown } {
  const notShown: NotShown = {};
  const cut = (list: "errors" | "warnings" | "skipped") => {
    const rest = report[list].slice(LINES_SHOWN);
    if (rest.length === 0) return report[list];
    const counts: Record<string, number> = {};
    for (const line of rest) counts[line.code] = (counts[line.code] ?? 0) + 1;
    notShown[list] = counts;
    return report[list].slice(0, LINES_SHOWN);
  };
  return { ...report, errors: cut("errors"), warnings: cut("warnings"), skipped: cut("skipped"), ignoredLines: report.ignoredLines.slice(0, LINES_SHOWN), notShown };
}

export const emptyReport = (): ImportReport => ({ created: 0, updated: 0, unchanged: 0, teamsToCreate: [], errors: [], warnings: [], skipped: [], ignoredLines: [] });

export interface KnownPerson {
  id: string;
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
  active: boolean;
}

export interface KnownTeam {
  id: string;
  name: string;
  archived: boolean;
}

/** A stored entry, as an import compares with it. */
export interface KnownEntry {
  total: string;
  pillars: Record<Pillar, string> | null;
}

export const entryKey = (userId: string, month: Month) => `${userId}|${month}`;
