// A people file (name, email, role, team) judged against the company as it
// is: what it creates, changes and leaves alone, and every bad line.
import { z } from "zod";
import { keepsAnAdmin, losesAnAdmin, type Role, type Standing } from "@/platform/auth/permissions";
import { isSingleLine } from "@/platform/forms/control-characters";
import { wordsOf } from "./headings";
import { emptyReport, type ImportReport, type KnownPerson, type KnownTeam } from "./kinds";
import { isTotalsLine, personCells } from "./person-finder";
import { columnOf, type Table } from "./table";

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

/** The plan of a people import. */
export function planPeople(table: Table, people: readonly KnownPerson[], teams: readonly KnownTeam[]): PeoplePlan {
  const plan: PeoplePlan = { ...emptyReport(), errors: [...table.errors], warnings: [...table.warnings], writes: [] };
  const hasName = columnOf(table, "name") ?? columnOf(table, "firstName") ?? columnOf(table, "lastName");
  if (!hasName) plan.errors.push({ line: table.headerLine, field: "name", code: "header-missing" });
  if (!columnOf(table, "email")) plan.errors.push({ line: table.headerLine, field: "email", code: "header-missing" });
  if (plan.errors.length > 0 || !hasName) return plan;
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const teamByName = new Map(teams.map((t) => [t.name.toLowerCase(), t]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const newTeams = new Map<string, string>();
  const seen = new Map<string, number>();
  const heading = (field: "name" | "email" | "role" | "team") => (field === "name" ? hasName.heading : (columnOf(table, field)?.heading ?? field));

  for (const line of table.lines) {
    const bad = (field: "name" | "email" | "role" | "team", code: string, params?: Record<string, string>) =>
      plan.errors.push({ line: line.line, field: heading(field), code, ...(params ? { params } : {}) });
    const cells = personCells(table, line);
    const role = columnOf(table, "role");
    const name = cells.name;
    const email = cells.email;
    const roleText = wordsOf(role ? (line.cells[role.index] ?? "") : "").join("");
    const teamText = cells.team;
    if (email === "" && isTotalsLine(cells)) {
      plan.ignoredLines.push({ line: line.line, text: name || teamText });
      continue;
    }
    const before = plan.errors.length;
    if (name === "") bad("name", "required");
    else if (name.length > 100) bad("name", "too-long");
    // A cell can hold a line break (Alt+Enter in Excel) or a tab, which no name or team may.
    else if (!isSingleLine(name)) bad("name", "not-one-line");
    if (email === "") bad("email", "required");
    else if (!emailSchema.safeParse(email).success) bad("email", "email-invalid");
    else if (seen.has(email)) bad("email", "email-duplicate", { line: String(seen.get(email)) });
    else seen.set(email, line.line);
    const roleOf = roleText === "" ? null : (ROLE_WORDS[roleText] ?? null);
    if (roleText !== "" && !roleOf) bad("role", "role-invalid");
    const known = byEmail.get(email);
    if (known && !known.active) bad("email", "person-inactive");
    const team = teamText === "" ? null : teamByName.get(teamText.toLowerCase());
    if (team?.archived) bad("team", "team-archived");
    if (teamText.length > 80) bad("team", "too-long");
    else if (!isSingleLine(teamText)) bad("team", "not-one-line");
    if (plan.errors.length > before) continue;

    if (teamText !== "" && !team && !newTeams.has(teamText.toLowerCase())) newTeams.set(teamText.toLowerCase(), teamText);
    const teamName = teamText === "" ? null : (team?.name ?? newTeams.get(teamText.toLowerCase()) ?? teamText);
    if (!known) {
      plan.writes.push({ line: line.line, id: null, name, email, role: roleOf ?? "REP", team: teamName });
      plan.created += 1;
      continue;
    }
    // A blank role or team leaves the person's as it is.
    const next = { name, role: roleOf ?? known.role, team: teamText === "" ? (known.teamId ? (teamById.get(known.teamId)?.name ?? null) : null) : teamName };
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
