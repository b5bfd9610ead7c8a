// The company always keeps an active admin: someone must be able to manage
// people, close months and pay bonuses. One rule for a change to one person
// (lib/people/mutations.ts) and for an import of many (lib/imports/people.ts).

/** Whether active admins remain once `losing` stop being admins (demoted or deactivated) and `gaining` new ones arrive. */
export function keepsAnAdmin(activeAdminIds: readonly string[], losing: ReadonlySet<string>, gaining = 0): boolean {
  return gaining > 0 || activeAdminIds.some((id) => !losing.has(id));
}
