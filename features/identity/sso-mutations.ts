import "server-only";
import { db } from "@/platform/db/prisma";
import { recordEvent } from "@/platform/audit/mutations";
import { appKey, seal } from "@/platform/security/seal";
import { FIRST_MONTH, recordMembership } from "@/features/people";
import { SSO_SECRET_LABEL } from "./sso-data";

export interface SsoSettingsInput {
  name: string | null;
  issuer: string | null;
  clientId: string | null;
  /** null: keep the stored one. */
  clientSecret: string | null;
  ssoOnly: boolean;
  breakGlassUserId: string | null;
  jitDomains: string[];
  jitTeamId: string | null;
}

/** Saves the single sign-on settings (the client secret sealed); the audit log records what changed, never the secret. */
export async function setSsoSettings(adminId: string, input: SsoSettingsInput): Promise<void> {
  const data = {
    ssoName: input.name,
    ssoIssuer: input.issuer,
    ssoClientId: input.clientId,
    ...(input.clientSecret ? { ssoClientSecret: seal(appKey(SSO_SECRET_LABEL), input.clientSecret) } : {}),
    ssoOnly: input.ssoOnly,
    ssoBreakGlassUserId: input.breakGlassUserId,
    ssoJitDomains: input.jitDomains,
    ssoJitTeamId: input.jitTeamId,
  };
  await db().$transaction(async (tx) => {
    await tx.appSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    const { clientSecret, ...shown } = input;
    await recordEvent(tx, { kind: "settings.update", actorId: adminId, details: { sso: { ...shown, clientSecretChanged: clientSecret !== null } } });
  });
}

/** A person made at their first SSO sign-in (an allowed domain): a rep, in the admin's team, with no password. */
export async function createSsoPerson(email: string, name: string, teamId: string | null) {
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name, role: "REP", teamId, passwordHash: "" },
      select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true },
    });
    await recordMembership(tx, user.id, null, teamId, FIRST_MONTH);
    await recordEvent(tx, { kind: "user.create", actorId: null, details: { id: user.id, via: "sso", email } });
    return user;
  });
}
