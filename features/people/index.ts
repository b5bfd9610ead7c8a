// People's public entry for other features' server code (a lint rule,
// .dependency-cruiser.cjs, keeps them off its other files).
// Not `export * from "./client"`: its client component would load with every
// server import of people (and a script run outside Next.js, such as the
// benchmark, cannot load a client component).
export { newInvitation, type IssuedInvitation } from "./invitation-mutations";
export { teamMembersSql, teamOfMonthSql } from "./membership-data";
export { FIRST_MONTH, recordMembership } from "./membership-mutations";
export { findRepProfile, type RepProfile } from "./rep-data";
export { createPersonSchema, newPasswordSchema, personName, updatePersonSchema } from "./schema";
export { findTeam, listTeams, teamsByIds } from "./team-data";
export { createTeamSchema, updateTeamSchema } from "./team-schema";
