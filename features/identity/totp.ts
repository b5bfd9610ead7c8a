// Authenticator apps (TOTP, RFC 6238: 6 digits, 30 s, SHA-1, what every
// app reads from a QR code). A code is good for its step and one either
// side (a phone's clock drifts, and typing takes time); each step's code is
// accepted once (the caller keeps the last step used).
import { Secret, TOTP } from "otpauth";

const PERIOD_S = 30;
const ISSUER = "SSI Board";

/** A new shared secret, base32 (what a person types when they cannot scan). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** Spaces every four characters, as apps show and people type it. */
export const groupedSecret = (secret: string) => secret.replace(/(.{4})/g, "$1 ").trim();

/** The code of `secret` at `now` (for tests and the enrolment's own check). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

/** A code as typed: digits only, spaces and dashes dropped. */
export const normalizeCode = (code: string) => code.replace(/[\s-]/g, "");

/**
 * The time step `code` is valid for at `now` (±1 step), or null. The caller
 * refuses a step at or before the last one accepted: a code works once.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const token = normalizeCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_S) + delta;
}
