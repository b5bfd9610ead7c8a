// Who must sign in with a second factor: the admin's choice, by role.
import type { Role, SessionStep, TwoFactorPolicy } from "@/platform/db/generated/enums";
import { administers, managesTeams } from "@/platform/auth/permissions";

export const TWO_FACTOR_POLICIES = ["NOBODY", "ADMINS", "MANAGERS", "EVERYONE"] as const satisfies readonly TwoFactorPolicy[];

/** Whether `role` must have a second factor under `policy` ("managers" means managers and admins). */
export function mustUseSecondFactor(policy: TwoFactorPolicy, role: Role): boolean {
  switch (policy) {
    case "NOBODY":
      return false;
    case "ADMINS":
      return administers(role);
    case "MANAGERS":
      return administers(role) || managesTeams(role);
    case "EVERYONE":
      return true;
  }
}

/**
 * Where a password sign-in goes next: the second factor when the person has
 * one; enrolment when they must have one (the policy, or an admin's reset);
 * else straight in.
 */
export function stepAfterPassword(person: { role: Role; mustEnrol: boolean; hasFactor: boolean }, policy: TwoFactorPolicy): SessionStep {
  if (person.hasFactor) return "SECOND_FACTOR";
  if (person.mustEnrol || mustUseSecondFactor(policy, person.role)) return "ENROL";
  return "SIGNED_IN";
}
