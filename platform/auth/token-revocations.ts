/**
 * Why an API token was revoked (ApiToken.revokedReason), as the tokens page
 * says it: by its owner, or by an event that ends all of a person's
 * credentials at once (platform/auth/mutations.ts, endCredentials).
 */
export const TOKEN_REVOCATIONS = ["owner", "password-changed", "password-reset", "deactivated", "role-changed"] as const;
export type TokenRevocation = (typeof TOKEN_REVOCATIONS)[number];

/** The events that end a person's sessions, tokens and unused links together. */
export type CredentialsEnd = Exclude<TokenRevocation, "owner">;

/** `value` as a revocation reason; a row revoked before reasons were kept reads as its owner's. */
export function tokenRevocation(value: string | null): TokenRevocation {
  return (TOKEN_REVOCATIONS as readonly (string | null)[]).includes(value) ? (value as TokenRevocation) : "owner";
}
