import type { FieldError } from "@/platform/forms/field-errors";

/**
 * How sign-in attempts are slowed down, per account and per client address.
 * Past `free` attempts, each attempt makes the next one wait twice as long
 * (1 s, 2 s, 4 s …) up to `capS`. An account's wait stays short: anyone who
 * knows an email can make it wait, and its owner must still get in within a
 * minute (a hard lock-out would let anyone keep the admin out). An address's
 * may grow long: one machine trying many accounts (spraying one password) is
 * the attack it stops. Counters restart after an hour without an attempt.
 * Every check of a password counts here: signing in, and the current
 * password on /settings/account (features/account/mutations.ts).
 */
export const THROTTLE = {
  account: { free: 5, capS: 60 },
  address: { free: 20, capS: 15 * 60 },
  forgetS: 60 * 60,
} as const;

/** How a wait is said: in seconds below a minute and a half, else in whole minutes. */
export function waitInWords(retryAfterS: number): { seconds: number } | { minutes: number } {
  return retryAfterS < 90 ? { seconds: Math.max(1, retryAfterS) } : { minutes: Math.ceil(retryAfterS / 60) };
}

/** A wait as a form field's error (fieldErrors.attempts-wait-seconds or -minutes). */
export function waitFieldError(retryAfterS: number): FieldError {
  const wait = waitInWords(retryAfterS);
  return "seconds" in wait
    ? { code: "attempts-wait-seconds", params: { seconds: String(wait.seconds) } }
    : { code: "attempts-wait-minutes", params: { minutes: String(wait.minutes) } };
}
