// People and teams as the API returns them.
import type { TeamSummary } from "./team-data";
import type { PersonRow } from "./data";

export function personJson(person: PersonRow) {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    active: person.active,
    team: person.team,
    managedTeams: person.managedTeams,
    hasPassword: person.hasPassword,
  };
}

export function teamJson(team: TeamSummary) {
  return {
    id: team.id,
    name: team.name,
    archived: team.archived,
    activeReps: team.repCount,
    managers: team.managerIds.map((id, i) => ({ id, name: team.managerNames[i] ?? "" })),
  };
}

/** An invitation link, made absolute on `origin`: the app's public one (requestOrigin), never the request's Host. */
export function invitationJson(invitation: { path: string; expiresAt: string }, origin: string) {
  return { url: new URL(invitation.path, origin).toString(), expiresAt: invitation.expiresAt };
}
