// What an import reports, the same for its dry run and its real run, the
// page and the API.
import type { Role } from "../auth/permissions";
import type { Month } from "../month";
import type { Pillar } from "../ssi/score";

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
