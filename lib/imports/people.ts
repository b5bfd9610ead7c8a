// A people file (name, email, role, team) judged against the company as it
// is: what it creates, changes and leaves alone, and every bad line.
import { z } from "zod";
import type { Role } from "../auth/permissions";
import { foldHeading, type CsvLine } from "./read-csv";
import type { ImportReport, KnownPerson, KnownTeam, LineError } from "./kinds";
import { keepsAnAdmin } from "../people/admin-rule";

const COLUMNS = {
  name: ["name", "nom", "fullname", "nomcomplet", "rep", "commercial"],
  email: ["email", "mail", "courriel", "emailaddress", "adresseemail"],
  role: ["role"],
  team: ["team", "equipe"],
} as const;
type Column = keyof typeof COLUMNS;

const ROLE_WORDS: Record<string, Role> = {
  rep: "REP", commercial: "REP", sales: "REP", vendeur: "REP",
  manager: "MANAGER", responsable: "MANAGER",
  admin: "ADMIN", administrator: "ADMIN", administrateur: "ADMIN",
};

export interface PersonWrite {
  line: number;
  id: string | null;
  name: string;
  email: string;
  role: Role;
  /** A team name: an existing team, or one of `teamsToCreate`; null: no team. */
  team: string | null;
}

export interface PeoplePlan extends ImportReport {
  writes: PersonWrite[];
}

const emailSchema = z.email();

/** Which column holds what, or the header's errors. */
export function peopleColumns(header: readonly string[]): { columns: Partial<Record<Column, number>>; errors: LineError[] } {
  const columns: Partial<Record<Column, number>> = {};
  const errors: LineError[] = [];
  header.forEach((heading, index) => {
    const folded = foldHeading(heading);
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(folded));
    if (!column || columns[column] !== undefined) errors.push({ line: 1, field: heading, code: column ? "header-duplicate" : "header-unknown" });
    else columns[column] = index;
  });
  for (const required of ["name", "email"] as const) {
    if (columns[required] === undefined) errors.push({ line: 1, field: required, code: "header-missing" });
  }
  return { columns, errors };
}

/** The plan of a people import. */
export function planPeople(header: readonly string[], lines: readonly CsvLine[], people: readonly KnownPerson[], teams: readonly KnownTeam[]): PeoplePlan {
  const { columns, errors } = peopleColumns(header);
  const plan: PeoplePlan = { created: 0, updated: 0, unchanged: 0, teamsToCreate: [], errors, writes: [] };
  if (errors.length > 0) return plan;
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const teamByName = new Map(teams.map((t) => [t.name.toLowerCase(), t]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const newTeams = new Map<string, string>();
  const seen = new Map<string, number>();
  const cell = (line: CsvLine, column: Column) => (columns[column] === undefined ? "" : (line.cells[columns[column]] ?? ""));
  const heading = (column: Column) => header[columns[column] ?? 0] ?? column;

  for (const line of lines) {
    const bad = (column: Column, code: string, params?: Record<string, string>) =>
      plan.errors.push({ line: line.line, field: heading(column), code, ...(params ? { params } : {}) });
    const name = cell(line, "name");
    const email = cell(line, "email").toLowerCase();
    const roleText = foldHeading(cell(line, "role"));
    const teamText = cell(line, "team");
    const before = plan.errors.length;
    if (name === "") bad("name", "required");
    else if (name.length > 100) bad("name", "too-long");
    if (email === "") bad("email", "required");
    else if (!emailSchema.safeParse(email).success) bad("email", "email-invalid");
    else if (seen.has(email)) bad("email", "email-duplicate", { line: String(seen.get(email)) });
    else seen.set(email, line.line);
    const role = roleText === "" ? null : (ROLE_WORDS[roleText] ?? null);
    if (roleText !== "" && !role) bad("role", "role-invalid");
    const known = byEmail.get(email);
    if (known && !known.active) bad("email", "person-inactive");
    const team = teamText === "" ? null : teamByName.get(teamText.toLowerCase());
    if (team?.archived) bad("team", "team-archived");
    if (teamText.length > 80) bad("team", "too-long");
    if (plan.errors.length > before) continue;

    if (teamText !== "" && !team && !newTeams.has(teamText.toLowerCase())) newTeams.set(teamText.toLowerCase(), teamText);
    const teamName = teamText === "" ? null : (team?.name ?? newTeams.get(teamText.toLowerCase()) ?? teamText);
    if (!known) {
      plan.writes.push({ line: line.line, id: null, name, email, role: role ?? "REP", team: teamName });
      plan.created += 1;
      continue;
    }
    // A blank role or team leaves the person's as it is.
    const next = { name, role: role ?? known.role, team: teamText === "" ? (known.teamId ? (teamById.get(known.teamId)?.name ?? null) : null) : teamName };
    const currentTeam = known.teamId ? (teamById.get(known.teamId)?.name ?? null) : null;
    if (next.name === known.name && next.role === known.role && next.team === currentTeam) {
      plan.unchanged += 1;
      continue;
    }
    plan.writes.push({ line: line.line, id: known.id, email, ...next });
    plan.updated += 1;
  }
  refuseLosingTheLastAdmin(plan, people);
  plan.teamsToCreate = [...newTeams.values()];
  return plan;
}

/** An import may not demote every active admin. */
function refuseLosingTheLastAdmin(plan: PeoplePlan, people: readonly KnownPerson[]): void {
  const demoted = new Map(plan.writes.flatMap((w) => (w.id !== null && w.role !== "ADMIN" ? [[w.id, w] as const] : [])));
  const admins = people.filter((p) => p.role === "ADMIN" && p.active).map((p) => p.id);
  if (keepsAnAdmin(admins, new Set(demoted.keys()), plan.writes.filter((w) => w.id === null && w.role === "ADMIN").length)) return;
  for (const write of demoted.values()) {
    if (people.find((p) => p.id === write.id)?.role === "ADMIN") plan.errors.push({ line: write.line, field: "role", code: "last-admin" });
  }
}
