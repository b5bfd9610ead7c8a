/**
 * How sign-in attempts are slowed down, per account and per client address.
 * Past `free` attempts, each attempt makes the next one wait twice as long
 * (1 s, 2 s, 4 s …) up to `capS`. An account's wait stays short: anyone who
 * knows an email can make it wait, and its owner must still get in within a
 * minute (a hard lock-out would let anyone keep the admin out). An address's
 * may grow long: one machine trying many accounts (spraying one password) is
 * the attack it stops. Counters restart after an hour without an attempt.
 */
export const THROTTLE = {
  account: { free: 5, capS: 60 },
  address: { free: 20, capS: 15 * 60 },
  forgetS: 60 * 60,
} as const;
