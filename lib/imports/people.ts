// A people file (name, email, role, team) judged against the company as it
// is: what it creates, changes and leaves alone, and every bad line.
import { z } from "zod";
import { keepsAnAdmin, losesAnAdmin, type Role, type Standing } from "../auth/permissions";
import { foldHeading, type CsvLine } from "./read-csv";
import type { ImportReport, KnownPerson, KnownTeam, LineError } from "./kinds";

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

/**
 * An import may not demote every active admin. (Someone the same file makes
 * an admin does not count: they have not signed in as one yet.)
 */
function refuseLosingTheLastAdmin(plan: PeoplePlan, people: readonly KnownPerson[]): void {
  const known = new Map(people.map((person) => [person.id, person]));
  const lost = new Map<string, Standing & { line: number }>();
  for (const write of plan.writes) {
    const before = write.id === null ? undefined : known.get(write.id);
    const after = before && { role: write.role, active: before.active };
    if (before && after && losesAnAdmin(before, after)) lost.set(before.id, { ...after, line: write.line });
  }
  const arriving = plan.writes.filter((write) => write.id === null).map((write) => ({ role: write.role, active: true }));
  if (keepsAnAdmin(people, lost, arriving)) return;
  for (const change of lost.values()) plan.errors.push({ line: change.line, field: "role", code: "last-admin" });
}
