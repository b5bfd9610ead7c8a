// Secrets (personal API tokens, wall-screen links): random, shown once, stored only as a SHA-256 hash
// (they carry 256 bits of randomness, so a slow hash adds nothing).
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "ssib_";

/** A new secret: 256 random bits, URL-safe, after `prefix`. */
export function generateToken(prefix = TOKEN_PREFIX): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
