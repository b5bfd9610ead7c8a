// Who a line of a file is about. An email decides; without one, the name
// (or first name + last name), narrowed by the team when two people share it.
// A name that disagrees with the email's person is a warning, not a refusal:
// people shorten and misspell names in sheets, never emails.
import { hasScores } from "@/platform/auth/permissions";
import { wordsOf } from "./headings";
import type { KnownPerson, KnownTeam } from "./kinds";
import { columnOf, type Table } from "./table";
import type { SheetRow } from "./sheet";

/** The person cells of a line, as written. */
export interface PersonCells {
  email: string;
  /** The name, or the first and last names joined. */
  name: string;
  team: string;
}

export type Found =
  | { ok: true; person: KnownPerson; warning: { code: "name-differs"; params: { name: string } } | null }
  | { ok: false; code: "required" | "person-unknown" | "person-ambiguous" | "person-inactive" | "person-not-rep" };

const TOTAL_WORDS = new Set(["total", "totals", "totaux", "subtotal", "average", "avg", "mean", "median", "moyenne", "moyennes", "mediane", "somme", "sum", "overall", "ensemble"]);

/** A name compared as people read it: no accents, no case, single spaces. */
export const nameKey = (name: string) => wordsOf(name).join(" ");

/** The person cells of `row`. */
export function personCells(table: Pick<Table, "columns">, row: SheetRow): PersonCells {
  const cell = (meaning: "email" | "name" | "firstName" | "lastName" | "team") => {
    const column = columnOf(table, meaning);
    return column ? (row.cells[column.index] ?? "").trim() : "";
  };
  const joined = [cell("firstName"), cell("lastName")].filter(Boolean).join(" ");
  const name = cell("name") || joined;
  // A wall sheet's one person column often holds emails for some reps.
  const email = cell("email") || (name.includes("@") && !name.includes(" ") ? name : "");
  return { email: email.toLowerCase(), name: email === name ? "" : name, team: cell("team") };
}

/** A line whose person cells hold a total ("Average", "Total", "Moyenne équipe") rather than a person. */
export function isTotalsLine(cells: PersonCells): boolean {
  if (cells.email !== "") return false;
  return [cells.name, cells.team].some((text) => wordsOf(text).some((w) => TOTAL_WORDS.has(w)));
}

/** Finds the person of a line's cells among `people`, only reps when `repsOnly`. */
export function personFinder(people: readonly KnownPerson[], teams: readonly KnownTeam[], repsOnly: boolean) {
  const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
  const byName = new Map<string, KnownPerson[]>();
  for (const p of people) byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p]);
  const teamName = new Map(teams.map((t) => [t.id, nameKey(t.name)]));
  const check = (person: KnownPerson): Found | null => {
    if (!person.active) return { ok: false, code: "person-inactive" };
    if (repsOnly && !hasScores(person.role)) return { ok: false, code: "person-not-rep" };
    return null;
  };
  return (cells: PersonCells): Found => {
    if (cells.email !== "") {
      const person = byEmail.get(cells.email);
      if (!person) return { ok: false, code: "person-unknown" };
      const differs = cells.name !== "" && nameKey(cells.name) !== nameKey(person.name);
      return check(person) ?? { ok: true, person, warning: differs ? { code: "name-differs", params: { name: person.name } } : null };
    }
    if (cells.name === "") return { ok: false, code: "required" };
    let matches = byName.get(nameKey(cells.name)) ?? [];
    if (matches.length > 1 && cells.team !== "") matches = matches.filter((p) => p.teamId !== null && teamName.get(p.teamId) === nameKey(cells.team));
    const [person, other] = matches;
    if (!person) return { ok: false, code: "person-unknown" };
    if (other) return { ok: false, code: "person-ambiguous" };
    return check(person) ?? { ok: true, person, warning: null };
  };
}
