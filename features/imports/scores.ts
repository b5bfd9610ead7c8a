// A score file judged against the company as it is. Three layouts, told
// apart by the columns:
// - long: a month column (one line per person and month, total, pillars optional);
// - wide, the wall table: a month per column, totals in the cells;
// - single-month: a total or pillar column and no month at all (one file a
//   month for the whole team, LinkedIn's Sales Navigator usage export among
//   them); the month is chosen with the file. Only there are lines about
//   people who have no account here (or are not reps) skipped and listed
//   rather than refused: such a contract holds seats that are not reps.
// Totals without pillars become totals-only entries. An empty cell is a
// month not logged.
import { addMonths, isMonth, type Month } from "@/platform/time/month";
import { parseDecimal } from "@/platform/numbers/decimal";
import { scoreInputSchema } from "@/features/scores";
import { PILLARS, type Pillar } from "@/features/scores";
import { emptyReport, entryKey, type ImportReport, type KnownEntry, type KnownPerson, type KnownTeam, type LineError } from "./kinds";
import { readMonth } from "./months";
import { isTotalsLine, personCells, personFinder, type Found } from "./person-finder";
import type { SheetRow } from "./sheet";
import { columnOf, type Column, type Table } from "./table";

export type ScoreLayout = "long" | "wide" | "single";

export interface ScoreWrite {
  line: number;
  userId: string;
  month: Month;
  total: string;
  pillars: Record<Pillar, string> | null;
  existing: KnownEntry | null;
}

export interface ScorePlan extends ImportReport {
  layout: ScoreLayout | null;
  writes: ScoreWrite[];
}

export interface ScoreContext {
  people: readonly KnownPerson[];
  teams: readonly KnownTeam[];
  entries: ReadonlyMap<string, KnownEntry>;
  closed: ReadonlySet<Month>;
  currentMonth: Month;
}

const monthColumns = (table: Pick<Table, "columns">) => table.columns.filter((c): c is Column & { meaning: Month } => isMonth(c.meaning));

/** Which layout a file's columns make, or null when they hold no score at all. */
export function layoutOf(table: Pick<Table, "columns">): ScoreLayout | null {
  if (columnOf(table, "month")) return "long";
  if (monthColumns(table).length > 0) return "wide";
  return columnOf(table, "total") || PILLARS.some((p) => columnOf(table, p)) ? "single" : null;
}

/** The months a file names, for loading the entries it touches. */
export function monthsNamed(table: Table, chosenMonth: Month | null): Month[] {
  const layout = layoutOf(table);
  if (layout === "wide") return monthColumns(table).map((c) => c.meaning);
  if (layout === "single") return chosenMonth ? [chosenMonth] : [];
  const column = columnOf(table, "month");
  if (!column) return [];
  return [...new Set(table.lines.map((l) => readMonth(l.cells[column.index] ?? "")).filter((m): m is Month => m !== null))];
}

/** The plan of a score import; `chosenMonth` is the month of a single-month file. */
export function planScores(table: Table, context: ScoreContext, chosenMonth: Month | null): ScorePlan {
  const layout = layoutOf(table);
  const plan: ScorePlan = { ...emptyReport(), layout, writes: [], errors: [...table.errors], warnings: [...table.warnings] };
  if (layout === null) plan.errors.push({ line: table.headerLine, field: "total", code: "scores-missing" });
  if (layout === "single" && chosenMonth === null) plan.errors.push({ line: 0, field: "month", code: "month-required" });
  if (plan.errors.length > 0 || layout === null) return plan;

  const find = personFinder(context.people, context.teams, true);
  const seen = new Map<string, number>();
  const add = (write: Omit<ScoreWrite, "existing">, field: string) => {
    const key = entryKey(write.userId, write.month);
    const bad = (code: string, params?: Record<string, string>) => plan.errors.push({ line: write.line, field, code, ...(params ? { params } : {}) });
    if (seen.has(key)) return bad("score-duplicate", { line: String(seen.get(key)) });
    seen.set(key, write.line);
    if (write.month > context.currentMonth) return bad("month-future");
    if (context.closed.has(write.month)) return bad("month-closed");
    const existing = context.entries.get(key) ?? null;
    const outcome = compare(existing, write);
    if (outcome === "conflict") return bad("score-conflict", { total: existing?.total ?? "" });
    plan[outcome] += 1;
    if (outcome !== "unchanged") plan.writes.push({ ...write, existing });
  };
  const personField = (table.columns.find((c) => c.meaning === "email") ?? table.columns.find((c) => c.meaning === "name" || c.meaning === "lastName" || c.meaning === "firstName"))?.heading ?? "email";

  for (const row of table.lines) {
    const cells = personCells(table, row);
    const found = find(cells);
    if (!found.ok && isTotalsLine(cells)) {
      plan.ignoredLines.push({ line: row.line, text: cells.name || cells.team });
      continue;
    }
    if (!found.ok) {
      const error = { line: row.line, field: personField, code: found.code };
      if (layout === "single" && skippable(found)) plan.skipped.push(error);
      else plan.errors.push(error);
      continue;
    }
    if (found.warning) plan.warnings.push({ line: row.line, field: personField, ...found.warning });
    if (layout === "wide") planWideLine(table, row, found.person.id, plan, add);
    else planValuesLine(table, row, found.person.id, layout === "long" ? null : chosenMonth, plan, add, context.currentMonth);
  }
  return plan;
}

const skippable = (found: Found) => !found.ok && (found.code === "person-unknown" || found.code === "person-not-rep" || found.code === "person-inactive");

type Add = (write: Omit<ScoreWrite, "existing">, field: string) => void;

/** Created, updated, unchanged, or in conflict: a total alone never overwrites a different entry that has pillars. */
function compare(existing: KnownEntry | null, write: Omit<ScoreWrite, "existing">): "created" | "updated" | "unchanged" | "conflict" {
  if (!existing) return "created";
  const sameTotal = parseDecimal(existing.total)?.milli === parseDecimal(write.total)?.milli;
  if (!write.pillars) return sameTotal ? "unchanged" : existing.pillars ? "conflict" : "updated";
  const samePillars = existing.pillars !== null && PILLARS.every((p) => parseDecimal(existing.pillars?.[p] ?? "")?.milli === parseDecimal(write.pillars?.[p] ?? "")?.milli);
  return sameTotal && samePillars ? "unchanged" : "updated";
}

function totalOf(text: string): { ok: true; total: string } | { ok: false; code: string } {
  const parsed = parseDecimal(text, 3);
  if (!parsed) return { ok: false, code: parseDecimal(text, 20) ? "too-many-decimals" : "not-a-number" };
  return parsed.milli <= 100_000 ? { ok: true, total: parsed.text } : { ok: false, code: "total-range" };
}

function planWideLine(table: Table, row: SheetRow, userId: string, plan: ScorePlan, add: Add): void {
  for (const column of monthColumns(table)) {
    const cell = row.cells[column.index] ?? "";
    if (cell === "") continue;
    const total = totalOf(cell);
    if (!total.ok) plan.errors.push({ line: row.line, field: column.heading, code: total.code, params: { decimals: "3" } });
    else add({ line: row.line, userId, month: column.meaning, total: total.total, pillars: null }, column.heading);
  }
}

/** A line of the long layout (its month in a cell) or of a single-month file (`month` given). */
function planValuesLine(table: Table, row: SheetRow, userId: string, month: Month | null, plan: ScorePlan, add: Add, currentMonth: Month): void {
  const heading = (field: "month" | "total" | Pillar) => columnOf(table, field)?.heading ?? field;
  const cell = (field: "month" | "total" | Pillar) => {
    const column = columnOf(table, field);
    return column ? (row.cells[column.index] ?? "") : "";
  };
  const errors: LineError[] = [];
  const bad = (field: string, code: string, params?: Record<string, string>) => errors.push({ line: row.line, field, code, ...(params ? { params } : {}) });
  const lineMonth = month ?? readMonth(cell("month"));
  if (!lineMonth) bad(heading("month"), cell("month") === "" ? "required" : "month-unreadable");
  const given = PILLARS.filter((p) => cell(p) !== "");
  // A single-month file's empty line: this person has no SSI this month.
  if (month !== null && given.length === 0 && cell("total") === "") return;
  if (given.length > 0 && given.length < PILLARS.length) {
    for (const p of PILLARS.filter((q) => cell(q) === "")) bad(heading(p), "pillars-partial");
  }
  if (cell("total") === "") bad(heading("total"), "required");
  if (errors.length > 0 || !lineMonth) {
    plan.errors.push(...errors);
    return;
  }
  const field = heading(month === null ? "month" : "total");
  if (given.length === 0) {
    const total = totalOf(cell("total"));
    if (!total.ok) plan.errors.push({ line: row.line, field: heading("total"), code: total.code, params: { decimals: "3" } });
    else add({ line: row.line, userId, month: lineMonth, total: total.total, pillars: null }, field);
    return;
  }
  // Any month may be imported: the future is refused by `add`, with its own message.
  const parsed = scoreInputSchema(addMonths(currentMonth, 1200)).safeParse({ month: lineMonth, total: cell("total"), ...Object.fromEntries(PILLARS.map((p) => [p, cell(p)])) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "total") as "total" | Pillar;
      plan.errors.push({ line: row.line, field: heading(key), code: issue.message, ...("params" in issue ? { params: issue.params as Record<string, string> } : {}) });
    }
    return;
  }
  const value = parsed.data;
  add({ line: row.line, userId, month: lineMonth, total: value.total, pillars: Object.fromEntries(PILLARS.map((p) => [p, value[p]])) as Record<Pillar, string> }, field);
}
