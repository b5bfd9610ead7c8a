import "server-only";
import { db } from "@/platform/db/prisma";
import { Conflict, NotFound } from "@/platform/errors/domain-errors";
import { recordSecurityEvent } from "@/platform/auth/security-mutations";
import type { RequestContext } from "@/platform/auth/request-context";
import { replaceRecoveryCodes } from "./mutations";
import { newRecoveryCodes } from "./recovery";
import { CHALLENGE_S, type StoredCredential } from "./webauthn";

export type ChallengePurpose = "register" | "second-factor" | "sign-in";

/** Keeps a challenge handed to a browser (and forgets the ones whose time is up). */
export async function saveChallenge(challenge: string, purpose: ChallengePurpose, userId: string | null, now = new Date()): Promise<void> {
  await pruneChallenges(now);
  await db().webAuthnChallenge.create({ data: { challenge, purpose, userId, expiresAt: new Date(now.getTime() + CHALLENGE_S * 1000) } });
}

/** Forgets the challenges whose time is up at `now`; how many. */
export async function pruneChallenges(now = new Date()): Promise<number> {
  return (await db().webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}

/** Uses up a challenge: true once, for its purpose and person and in its time; a replayed answer finds it gone. */
export async function spendChallenge(challenge: string, purpose: ChallengePurpose, userId: string | null, now = new Date()): Promise<boolean> {
  const { count } = await db().webAuthnChallenge.deleteMany({ where: { challenge, purpose, userId, expiresAt: { gte: now } } });
  return count === 1;
}

/**
 * Stores a new passkey. A person's first second factor also gets the ten
 * recovery codes (answered, to be shown once), as an authenticator app does;
 * null when they already had codes.
 */
export async function addPasskey(userId: string, credential: StoredCredential, name: string, context: RequestContext | null): Promise<string[] | null> {
  return db().$transaction(async (tx) => {
    if (await tx.passkey.findUnique({ where: { credentialId: credential.credentialId }, select: { id: true } })) throw new Conflict("passkey-exists");
    await tx.passkey.create({ data: { userId, name, ...credential, publicKey: new Uint8Array(credential.publicKey) } });
    const hasCodes = (await tx.recoveryCode.count({ where: { userId } })) > 0;
    const codes = hasCodes ? null : newRecoveryCodes();
    if (codes) await replaceRecoveryCodes(tx, userId, codes);
    await tx.user.update({ where: { id: userId }, data: { mustEnrol: false } });
    await recordSecurityEvent({ kind: "security.factor", actorId: userId, details: { change: "passkey-added", name }, context }, tx);
    return codes;
  });
}

/** Removes one of one's passkeys (and the recovery codes with the last factor). Refused when the company requires a second factor and it is the last one. */
export async function removePasskey(userId: string, passkeyId: string, required: boolean, context: RequestContext | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, userId }, select: { name: true } });
    if (!passkey) throw new NotFound();
    const totp = await tx.totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
    const others = await tx.passkey.count({ where: { userId, id: { not: passkeyId } } });
    const last = others === 0 && !totp?.confirmedAt;
    if (required && last) throw new Conflict("factor-required");
    await tx.passkey.delete({ where: { id: passkeyId } });
    if (last) await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordSecurityEvent({ kind: "security.factor", actorId: userId, details: { change: "passkey-removed", name: passkey.name }, context }, tx);
  });
}

/** A passkey signed in: its new signature counter and when, for its owner's list. */
export async function passkeyUsed(credentialId: string, counter: bigint, now = new Date()): Promise<void> {
  await db().passkey.update({ where: { credentialId }, data: { counter, lastUsedAt: now } });
}
