import "server-only";
import { db } from "@/platform/db/prisma";
import { appKey, seal, unseal } from "@/platform/security/seal";
import { Conflict, Invalid } from "@/platform/errors/domain-errors";
import { recordSecurityEvent } from "@/platform/auth/security-mutations";
import { recordEvent } from "@/platform/audit/mutations";
import type { RequestContext } from "@/platform/auth/request-context";
import type { TwoFactorPolicy } from "@/platform/db/generated/enums";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "./recovery";
import { newTotpSecret, totpStep } from "./totp";

const totpKey = () => appKey("totp-secret");

/**
 * Starts (or starts again) enrolling an authenticator app: a new secret,
 * not a factor until a code confirms it. Refused while one is confirmed:
 * replacing a working app is removing it, then adding the new one.
 */
export async function beginTotp(userId: string): Promise<string> {
  const existing = await db().totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  if (existing?.confirmedAt) throw new Conflict("factor-exists");
  const secret = newTotpSecret();
  const secretSealed = seal(totpKey(), secret);
  await db().totpFactor.upsert({ where: { userId }, create: { userId, secretSealed }, update: { secretSealed, lastStep: null, createdAt: new Date() } });
  return secret;
}

/** The secret being enrolled, for the page that shows it (QR code and text); null when none is. */
export async function pendingTotpSecret(userId: string): Promise<string | null> {
  const factor = await db().totpFactor.findUnique({ where: { userId } });
  if (!factor || factor.confirmedAt) return null;
  return unseal(totpKey(), factor.secretSealed);
}

const wrongCode = () => new Invalid({ code: { code: "code-wrong" } });

/** Confirms the app being enrolled with a code from it; returns the ten recovery codes, shown once. */
export async function confirmTotp(userId: string, code: string, context: RequestContext | null, now = new Date()): Promise<string[]> {
  const secret = await pendingTotpSecret(userId);
  if (!secret) throw new Conflict("factor-not-started");
  const step = totpStep(secret, code, now);
  if (step === null) throw wrongCode();
  const codes = newRecoveryCodes();
  await db().$transaction(async (tx) => {
    const { count } = await tx.totpFactor.updateMany({ where: { userId, confirmedAt: null }, data: { confirmedAt: now, lastStep: step } });
    if (count === 0) throw new Conflict("factor-exists");
    await replaceRecoveryCodes(tx, userId, codes);
    await tx.user.update({ where: { id: userId }, data: { mustEnrol: false } });
    await recordSecurityEvent({ kind: "security.factor", actorId: userId, details: { change: "totp-added" }, context }, tx);
  });
  return codes;
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/** `codes`, hashed, in place of `userId`'s recovery codes (in the caller's transaction). */
export async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]) {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
}

/** Ten new recovery codes in place of the old ones (which stop working). */
export async function renewRecoveryCodes(userId: string, context: RequestContext | null): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db().$transaction(async (tx) => {
    const factor = await tx.totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
    const passkeys = await tx.passkey.count({ where: { userId } });
    if (!factor?.confirmedAt && passkeys === 0) throw new Conflict("factor-not-started");
    await replaceRecoveryCodes(tx, userId, codes);
    await recordSecurityEvent({ kind: "security.factor", actorId: userId, details: { change: "recovery-codes-renewed" }, context }, tx);
  });
  return codes;
}

/** Removes the authenticator app (and the recovery codes, unless a passkey remains). Refused when the company requires a second factor and it is the last one. */
export async function removeTotp(userId: string, required: boolean, context: RequestContext | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const passkeys = await tx.passkey.count({ where: { userId } });
    if (required && passkeys === 0) throw new Conflict("factor-required");
    const { count } = await tx.totpFactor.deleteMany({ where: { userId } });
    if (count === 0) return;
    if (passkeys === 0) await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordSecurityEvent({ kind: "security.factor", actorId: userId, details: { change: "totp-removed" }, context }, tx);
  });
}

/**
 * Checks a second-factor code: an authenticator app's code (a step after
 * the last one used, so a code works once, even raced) or an unused
 * recovery code (used up). Which one worked, or null.
 */
export async function spendSecondFactorCode(userId: string, code: string, now = new Date()): Promise<"totp" | "recovery" | null> {
  if (looksLikeRecoveryCode(code)) {
    const { count } = await db().recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
    return count === 1 ? "recovery" : null;
  }
  const factor = await db().totpFactor.findUnique({ where: { userId } });
  const secret = factor?.confirmedAt ? unseal(totpKey(), factor.secretSealed) : null;
  const step = secret ? totpStep(secret, code, now) : null;
  if (step === null) return null;
  // Atomic: of two requests with the same code, one moves lastStep and wins.
  const { count } = await db().totpFactor.updateMany({
    where: { userId, confirmedAt: { not: null }, OR: [{ lastStep: null }, { lastStep: { lt: step } }] },
    data: { lastStep: step },
  });
  return count === 1 ? "totp" : null;
}

/** An admin's reset: every second factor of `userId` goes, and they enrol again at their next sign-in. */
export async function resetSecondFactor(adminId: string, userId: string, context: RequestContext | null): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.totpFactor.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.passkey.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { mustEnrol: true } });
    await recordSecurityEvent({ kind: "security.factor", actorId: adminId, subjectId: userId, details: { change: "reset-by-admin" }, context }, tx);
  });
}

/** The company's second-factor rule and the security log's retention. */
export async function setSecuritySettings(adminId: string, settings: { twoFactorPolicy: TwoFactorPolicy; securityRetentionDays: number }): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.appSettings.findUnique({ where: { id: 1 }, select: { twoFactorPolicy: true, securityRetentionDays: true } });
    await tx.appSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
    await recordEvent(tx, { kind: "settings.update", actorId: adminId, details: { before, after: settings } });
  });
}
