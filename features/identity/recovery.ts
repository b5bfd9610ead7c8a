// Recovery codes: ten, each good once, for the day the phone is lost. Ten
// base32 characters (50 random bits) each: too many to guess through the
// sign-in throttle, so a SHA-256 is enough to store them (no slow hash).
import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

/** A code as shown: two groups of five, with a letter somewhere (digits alone are read as an app's code). */
function newCode(): string {
  for (;;) {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    if (!/^\d+$/.test(chars)) return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  }
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
}

/** What is stored of a code, whatever the case or spacing it is typed in. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("hex");
}

/** Whether a typed code has a recovery code's shape (else it is tried as a TOTP code). */
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{10}$/i.test(code.replace(/[\s-]/g, "")) && !/^\d+$/.test(code.replace(/[\s-]/g, ""));
