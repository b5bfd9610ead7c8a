import "server-only";
import { db } from "@/platform/db/prisma";
import type { TwoFactorPolicy } from "@/platform/db/generated/enums";

export interface SecuritySettings {
  twoFactorPolicy: TwoFactorPolicy;
  securityRetentionDays: number;
}

export async function securitySettings(): Promise<SecuritySettings> {
  const row = await db().appSettings.findUnique({ where: { id: 1 }, select: { twoFactorPolicy: true, securityRetentionDays: true } });
  return { twoFactorPolicy: row?.twoFactorPolicy ?? "NOBODY", securityRetentionDays: row?.securityRetentionDays ?? 180 };
}

/** A person's second factors, as their security page and the sign-in step need them. */
export async function secondFactors(userId: string) {
  const [user, totp, passkeys, recoveryLeft] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { mustEnrol: true, role: true } }),
    db().totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true, createdAt: true } }),
    db().passkey.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, createdAt: true, lastUsedAt: true } }),
    db().recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const since = totp?.confirmedAt ?? null;
  return {
    role: user?.role ?? "REP",
    mustEnrol: user?.mustEnrol ?? false,
    totp: since ? { since } : null,
    passkeys,
    recoveryLeft,
    hasFactor: since !== null || passkeys.length > 0,
  };
}

export type SecondFactors = Awaited<ReturnType<typeof secondFactors>>;

/** Whether a person with this id exists (an admin's buttons on a person's page). */
export async function personExists(userId: string): Promise<boolean> {
  return (await db().user.findUnique({ where: { id: userId }, select: { id: true } })) !== null;
}
