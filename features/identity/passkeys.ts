// The three passkey ceremonies: adding one (signed in, or at the enrolment
// step of a sign-in), using one as the second factor after a password, and
// signing in with one alone. Each hands out a challenge kept in the database
// and takes back an answer that must spend it: once, in time, for the same
// purpose and person. Passkey answers go through the password's counters.
import "server-only";
import { claimAttemptOrWait } from "@/platform/auth/attempts";
import { attemptSucceeded } from "@/platform/auth/mutations";
import type { RequestContext } from "@/platform/auth/request-context";
import { recordSecurityEvent } from "@/platform/auth/security-mutations";
import type { PendingSession } from "@/platform/auth/session-data";
import { startSession } from "@/platform/auth/session-mutations";
import { Invalid } from "@/platform/errors/domain-errors";
import { credentialsOf, passkeyByCredential } from "./passkey-data";
import { addPasskey, passkeyUsed, saveChallenge, spendChallenge, type ChallengePurpose } from "./passkey-mutations";
import { completeSignIn } from "./sign-in";
import { passwordsOffFor } from "./sso";
import { authenticationOptions, challengeOf, registrationOptions, verifiedAuthentication, verifiedRegistration, type CredentialAnswer, type RelyingParty } from "./webauthn";

const refusal = (code: string) => new Invalid({ passkey: { code } });

/** The options to make a passkey for `user`, its challenge kept for them. */
export async function registrationChallenge(rp: RelyingParty, user: { id: string; email: string; name: string }) {
  const options = await registrationOptions(rp, user, await credentialsOf(user.id));
  await saveChallenge(options.challenge, "register", user.id);
  return options;
}

/** The options to use a passkey: `userId`'s own as a second factor, or any (null) to sign in without a password. */
export async function authenticationChallenge(rp: RelyingParty, userId: string | null) {
  const options = await authenticationOptions(rp, userId ? await credentialsOf(userId) : null);
  await saveChallenge(options.challenge, userId ? "second-factor" : "sign-in", userId);
  return options;
}

/** The challenge `answer` signed, spent; refused when it is not one of ours for this purpose and person (or is spent, or too old). */
async function spentChallengeOf(answer: CredentialAnswer, purpose: ChallengePurpose, userId: string | null): Promise<string> {
  const challenge = challengeOf(answer);
  if (!challenge || !(await spendChallenge(challenge, purpose, userId))) throw refusal("passkey-refused");
  return challenge;
}

/** Checks and stores the passkey `answer` makes; the recovery codes when it is the person's first factor. */
export async function registerPasskey(rp: RelyingParty, userId: string, answer: CredentialAnswer, name: string, context: RequestContext | null): Promise<string[] | null> {
  const challenge = await spentChallengeOf(answer, "register", userId);
  const credential = await verifiedRegistration(rp, answer, challenge);
  return addPasskey(userId, credential, name, context);
}

/** A passkey as the second factor of a pending sign-in: right, and the new session's token. */
export async function verifyPasskeySecondFactor(rp: RelyingParty, pending: PendingSession, answer: CredentialAnswer, context: RequestContext): Promise<string> {
  const keys = { email: pending.user.email, address: context.address };
  await claimAttemptOrWait(keys, { actorId: pending.user.id }, "second-factor", context, "passkey");
  try {
    const challenge = await spentChallengeOf(answer, "second-factor", pending.user.id);
    const passkey = await passkeyByCredential(answer.id);
    if (!passkey || passkey.user.id !== pending.user.id) throw refusal("passkey-refused");
    await passkeyUsed(passkey.credentialId, await verifiedAuthentication(rp, answer, challenge, passkey, false));
  } catch (caught) {
    if (caught instanceof Invalid) await recordSecurityEvent({ kind: "security.sign-in-failed", actorId: pending.user.id, reason: "passkey-refused", details: { step: "second-factor" }, context });
    throw caught;
  }
  await attemptSucceeded(keys);
  return completeSignIn(pending, context, "passkey");
}

/**
 * Signs in with a passkey alone. It verified its user (a fingerprint, a
 * PIN), so it stands for both factors. Refused for an unknown passkey, a
 * deactivated person, and under "SSO only" (but the break-glass admin);
 * the security log keeps which.
 */
export async function signInWithPasskey(rp: RelyingParty, answer: CredentialAnswer, context: RequestContext): Promise<string> {
  const passkey = await passkeyByCredential(answer.id);
  // An unknown passkey has no account to count against: its own id stands in, with the address.
  const keys = { email: passkey?.user.email ?? `passkey:${answer.id}`, address: context.address };
  await claimAttemptOrWait(keys, { actorId: passkey?.user.id ?? null }, "passkey", context, "passkey");
  const fail = async (reason: string, code = "passkey-not-accepted") => {
    await recordSecurityEvent({ kind: "security.sign-in-failed", actorId: passkey?.user.id ?? null, reason, details: { step: "passkey" }, context });
    return refusal(code);
  };
  const challenge = challengeOf(answer);
  if (!challenge || !(await spendChallenge(challenge, "sign-in", null))) throw await fail("passkey-challenge", "passkey-refused");
  if (!passkey) throw await fail("passkey-unknown");
  try {
    await passkeyUsed(passkey.credentialId, await verifiedAuthentication(rp, answer, challenge, passkey, true));
  } catch {
    throw await fail("passkey-signature", "passkey-refused");
  }
  if (!passkey.user.active) throw await fail("inactive");
  if (await passwordsOffFor(passkey.user.email)) throw await fail("sso-only", "passkey-sso-only");
  await attemptSucceeded(keys);
  const { user } = passkey;
  const token = await startSession({ id: user.id, sv: user.sessionVersion }, "PASSKEY", "SIGNED_IN", context);
  await recordSecurityEvent({ kind: "security.sign-in", actorId: user.id, details: { method: "passkey" }, context });
  return token;
}
