// Passkeys (WebAuthn) through @simplewebauthn/server: the options a browser
// is handed and the checks of what it answers. The database's part (which
// challenge is still open, whose credential it is) is passkey-data.ts and
// passkey-mutations.ts; this file only speaks WebAuthn.
import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import ipaddr from "ipaddr.js";
import { z } from "zod";
import { Invalid } from "@/platform/errors/domain-errors";

export const RP_NAME = "SSI Board";
/** How long a browser has to answer a challenge (the browser's own prompt times out at 60 s). */
export const CHALLENGE_S = 300;
const TIMEOUT_MS = 60_000;

/**
 * Who the passkeys belong to: the host the page was opened at (a passkey made
 * at ssi.example.com works there only, as WebAuthn wants). Null at a numeric
 * address: browsers refuse WebAuthn there (an RP ID must be a domain).
 * The Origin is the request's, which same-origin.ts has already checked
 * against the Host (or NEXTAUTH_URL) before any action runs.
 */
export function relyingPartyOf(headers: Headers): { id: string; origin: string } | null {
  const protocol = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  const seen = headers.get("origin") ?? `${protocol}://${headers.get("host") ?? ""}`;
  if (!URL.canParse(seen)) return null;
  const url = new URL(seen);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "" || ipaddr.isValid(host)) return null;
  return { id: host, origin: url.origin };
}

export type RelyingParty = NonNullable<ReturnType<typeof relyingPartyOf>>;

export interface StoredCredential {
  credentialId: string;
  publicKey: Uint8Array;
  counter: bigint;
  transports: string[];
}

const transportsOf = (t: string[]) => t as AuthenticatorTransportFuture[];

/** What navigator.credentials.create() needs to make a passkey for `user`; its existing ones are excluded. */
export function registrationOptions(rp: RelyingParty, user: { id: string; email: string; name: string }, existing: StoredCredential[]): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    timeout: TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: transportsOf(c.transports) })),
    // A discoverable credential: the same passkey then signs in without an email.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
}

/**
 * What navigator.credentials.get() needs: for a second factor, the person's
 * own passkeys; for a sign-in without a password, any discoverable one, which
 * must verify its user (a fingerprint, a PIN): it then stands for both factors.
 */
export function authenticationOptions(rp: RelyingParty, allowed: StoredCredential[] | null): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: rp.id,
    timeout: TIMEOUT_MS,
    userVerification: allowed ? "preferred" : "required",
    allowCredentials: (allowed ?? []).map((c) => ({ id: c.credentialId, transports: transportsOf(c.transports) })),
  });
}

const refused = () => new Invalid({ passkey: { code: "passkey-refused" } });

/** A browser's answer as it arrives (a JSON string in a form field): parsed, and shaped like a credential, else refused. */
export const credentialField = z
  .string("passkey-refused")
  .max(20_000, "passkey-refused")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "passkey-refused" });
      return z.NEVER;
    }
  })
  .pipe(
    z.looseObject({
      id: z.string("passkey-refused").min(1, "passkey-refused").max(1400, "passkey-refused"),
      rawId: z.string("passkey-refused"),
      type: z.literal("public-key", "passkey-refused"),
      response: z.looseObject({ clientDataJSON: z.string("passkey-refused") }),
      clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
    }, "passkey-refused"),
  );

export type CredentialAnswer = z.output<typeof credentialField>;

/** The challenge a response signed, read from its clientDataJSON (checked again, with the signature, by the library). */
export function challengeOf(answer: CredentialAnswer): string | null {
  try {
    const client = JSON.parse(Buffer.from(answer.response.clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof client.challenge === "string" ? client.challenge : null;
  } catch {
    return null;
  }
}

/** What every answer must have been made for: this challenge, this origin, this RP ID. */
const expectations = (rp: RelyingParty, challenge: string) => ({ expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.id });

/** A new passkey from the browser's answer to `challenge`; refused (never a 500) when anything does not check. */
export async function verifiedRegistration(rp: RelyingParty, answer: CredentialAnswer, challenge: string): Promise<StoredCredential> {
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response: answer as unknown as RegistrationResponseJSON,
      ...expectations(rp, challenge),
      requireUserVerification: false,
    });
    if (!verified || !registrationInfo) throw refused();
    const { credential } = registrationInfo;
    return { credentialId: credential.id, publicKey: credential.publicKey, counter: BigInt(credential.counter), transports: credential.transports ?? [] };
  } catch {
    throw refused();
  }
}

/** The signature counter after a right answer from `credential`; refused otherwise (a cloned authenticator's counter going back included). */
export async function verifiedAuthentication(rp: RelyingParty, answer: CredentialAnswer, challenge: string, credential: StoredCredential, requireUserVerification: boolean): Promise<bigint> {
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response: answer as unknown as AuthenticationResponseJSON,
      ...expectations(rp, challenge),
      requireUserVerification,
      credential: { id: credential.credentialId, publicKey: new Uint8Array(credential.publicKey), counter: Number(credential.counter), transports: transportsOf(credential.transports) },
    });
    if (!verified) throw refused();
    return BigInt(authenticationInfo.newCounter);
  } catch {
    throw refused();
  }
}
