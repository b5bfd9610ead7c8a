// What a new password must be (NIST SP 800-63B): at least 12 characters, and
// not one that attackers try first. The list is zxcvbn-ts's common passwords
// (about 49,000 from breaches), a maintained list rather than one of our own.
import { dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

let common: Set<string> | undefined;

/** Whether `password` is on the common-password list (any case) or one character repeated. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  return common.has(lower) || new Set(lower).size === 1;
}

/** Why `password` cannot be used (a message code), or null when it can. */
export function passwordProblem(password: string): string | null {
  // Counted in characters as people see them, not UTF-16 units.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "password-too-short";
  if (length > MAX_PASSWORD_LENGTH) return "too-long";
  if (isCommonPassword(password)) return "password-common";
  return null;
}
