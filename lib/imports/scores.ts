// A score history file judged against the company as it is. Two layouts:
// long (email, month, total, the four pillars; pillars optional) and the
// wall table's wide one (a rep per row by name or email, a month per column,
// totals in the cells). Totals without pillars become totals-only entries.
import { hasScores } from "../auth/permissions";
import { addMonths, type Month } from "../month";
import { parseDecimal } from "../ssi/decimal";
import { scoreInputSchema } from "../ssi/schema";
import { PILLARS, type Pillar } from "../ssi/score";
import { entryKey, type ImportReport, type KnownEntry, type KnownPerson } from "./kinds";
import { readMonth } from "./months";
import { foldHeading, type CsvLine } from "./read-csv";

const LONG = {
  email: ["email", "mail", "courriel"],
  month: ["month", "mois"],
  total: ["total", "ssi", "score"],
  brand: ["brand", "marque"],
  people: ["people", "personnes"],
  insights: ["insights", "informations"],
  relationships: ["relationships", "relations"],
} as const;
type LongColumn = keyof typeof LONG;
const PERSON_HEADINGS = ["name", "nom", "rep", "commercial", "email", "mail", "courriel"];
const TEAM_HEADINGS = ["team", "equipe"];

export interface ScoreWrite {
  line: number;
  userId: string;
  month: Month;
  total: string;
  pillars: Record<Pillar, string> | null;
  existing: KnownEntry | null;
}

export interface ScorePlan extends ImportReport {
  layout: "long" | "wide" | null;
  writes: ScoreWrite[];
}

export interface ScoreContext {
  people: readonly KnownPerson[];
  entries: ReadonlyMap<string, KnownEntry>;
  closed: ReadonlySet<Month>;
  currentMonth: Month;
}

/** Which layout a file has: a month column makes it long. */
export function layoutOf(header: readonly string[]): "long" | "wide" {
  return header.some((h) => (LONG.month as readonly string[]).includes(foldHeading(h))) ? "long" : "wide";
}

/** The months a file names, for loading the entries it touches. */
export function monthsNamed(header: readonly string[], lines: readonly CsvLine[]): Month[] {
  if (layoutOf(header) === "wide") return header.map(readMonth).filter((m): m is Month => m !== null);
  const column = header.findIndex((h) => (LONG.month as readonly string[]).includes(foldHeading(h)));
  return [...new Set(lines.map((l) => readMonth(l.cells[column] ?? "")).filter((m): m is Month => m !== null))];
}

/** The plan of a score history import. */
export function planScores(header: readonly string[], lines: readonly CsvLine[], context: ScoreContext): ScorePlan {
  const layout = layoutOf(header);
  const plan: ScorePlan = { layout, created: 0, updated: 0, unchanged: 0, teamsToCreate: [], errors: [], writes: [] };
  const finder = personFinder(context.people);
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
  if (layout === "long") planLong(header, lines, plan, finder, add, context.currentMonth);
  else planWide(header, lines, plan, finder, add);
  return plan;
}

type Finder = (text: string) => { ok: true; id: string } | { ok: false; code: string };
type Add = (write: Omit<ScoreWrite, "existing">, field: string) => void;

/** Finds a rep by email, or by name when the cell is not an email. */
function personFinder(people: readonly KnownPerson[]): Finder {
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const byName = new Map<string, KnownPerson[]>();
  for (const p of people) byName.set(p.name.trim().toLowerCase(), [...(byName.get(p.name.trim().toLowerCase()) ?? []), p]);
  return (text) => {
    const key = text.trim().toLowerCase();
    if (key === "") return { ok: false, code: "required" };
    const matches = key.includes("@") ? [byEmail.get(key)].filter((p) => p !== undefined) : (byName.get(key) ?? []);
    const [person, other] = matches;
    if (!person) return { ok: false, code: "person-unknown" };
    if (other) return { ok: false, code: "person-ambiguous" };
    if (!person.active) return { ok: false, code: "person-inactive" };
    if (!hasScores(person.role)) return { ok: false, code: "person-not-rep" };
    return { ok: true, id: person.id };
  };
}

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

function planWide(header: readonly string[], lines: readonly CsvLine[], plan: ScorePlan, find: Finder, add: Add): void {
  const personColumn = header.findIndex((h) => PERSON_HEADINGS.includes(foldHeading(h)));
  const months = header.map((h, index) => (index === personColumn || TEAM_HEADINGS.includes(foldHeading(h)) ? null : readMonth(h)));
  header.forEach((h, index) => {
    if (index !== personColumn && !TEAM_HEADINGS.includes(foldHeading(h)) && months[index] === null) plan.errors.push({ line: 1, field: h, code: h === "" ? "header-empty" : "month-unreadable" });
  });
  if (personColumn < 0) plan.errors.push({ line: 1, field: "name", code: "header-missing" });
  if (plan.errors.length > 0) return;
  for (const line of lines) {
    const person = find(line.cells[personColumn] ?? "");
    if (!person.ok) {
      plan.errors.push({ line: line.line, field: header[personColumn] ?? "name", code: person.code });
      continue;
    }
    months.forEach((month, index) => {
      const cell = line.cells[index] ?? "";
      if (month === null || cell === "") return;
      const total = totalOf(cell);
      if (!total.ok) plan.errors.push({ line: line.line, field: header[index] ?? "", code: total.code, params: { decimals: "3" } });
      else add({ line: line.line, userId: person.id, month, total: total.total, pillars: null }, header[index] ?? "");
    });
  }
}

function planLong(header: readonly string[], lines: readonly CsvLine[], plan: ScorePlan, find: Finder, add: Add, currentMonth: Month): void {
  const columns: Partial<Record<LongColumn, number>> = {};
  header.forEach((h, index) => {
    const column = (Object.keys(LONG) as LongColumn[]).find((c) => (LONG[c] as readonly string[]).includes(foldHeading(h)));
    if (!column || columns[column] !== undefined) plan.errors.push({ line: 1, field: h, code: column ? "header-duplicate" : "header-unknown" });
    else columns[column] = index;
  });
  for (const required of ["email", "month", "total"] as const) {
    if (columns[required] === undefined) plan.errors.push({ line: 1, field: required, code: "header-missing" });
  }
  if (plan.errors.length > 0) return;
  const heading = (c: LongColumn) => header[columns[c] ?? 0] ?? c;
  const cell = (line: CsvLine, c: LongColumn) => (columns[c] === undefined ? "" : (line.cells[columns[c]] ?? ""));
  // Any month may be imported: the future is refused by `add`, with its own message.
  const schema = scoreInputSchema(addMonths(currentMonth, 1200));
  for (const line of lines) {
    const bad = (field: string, code: string, params?: Record<string, string>) => plan.errors.push({ line: line.line, field, code, ...(params ? { params } : {}) });
    const person = find(cell(line, "email"));
    const month = readMonth(cell(line, "month"));
    const before = plan.errors.length;
    if (!person.ok) bad(heading("email"), person.code);
    if (!month) bad(heading("month"), cell(line, "month") === "" ? "required" : "month-unreadable");
    const given = PILLARS.filter((p) => cell(line, p) !== "");
    if (given.length > 0 && given.length < PILLARS.length) {
      for (const p of PILLARS.filter((q) => cell(line, q) === "")) bad(columns[p] === undefined ? p : heading(p), "pillars-partial");
    }
    if (given.length === 0) {
      const total = totalOf(cell(line, "total"));
      if (cell(line, "total") === "") bad(heading("total"), "required");
      else if (!total.ok) bad(heading("total"), total.code, { decimals: "3" });
      if (plan.errors.length === before && person.ok && month && total.ok) add({ line: line.line, userId: person.id, month, total: total.total, pillars: null }, heading("month"));
      continue;
    }
    if (plan.errors.length > before || !person.ok || !month) continue;
    const parsed = schema.safeParse({ month, total: cell(line, "total"), ...Object.fromEntries(PILLARS.map((p) => [p, cell(line, p)])) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "total") as LongColumn;
        bad(columns[field] === undefined ? field : heading(field), issue.message, "params" in issue ? (issue.params as Record<string, string>) : undefined);
      }
      continue;
    }
    const value = parsed.data;
    add({ line: line.line, userId: person.id, month, total: value.total, pillars: Object.fromEntries(PILLARS.map((p) => [p, value[p]])) as Record<Pillar, string> }, heading("month"));
  }
}
