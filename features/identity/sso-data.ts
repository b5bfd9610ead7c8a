import "server-only";
import { db } from "@/platform/db/prisma";
import { serverEnv } from "@/platform/config/env";
import { appKey, unseal } from "@/platform/security/seal";

export const SSO_SECRET_LABEL = "sso-client-secret";

export interface SsoProvider {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Set by the server's variables (OIDC_*): the admin's page shows it, read only. */
  fromEnvironment: boolean;
}

export interface SsoRules {
  /** Passwords refused, except the break-glass admin's. */
  ssoOnly: boolean;
  breakGlassUserId: string | null;
  /** Email domains whose unknown people are created at their first SSO sign-in. */
  jitDomains: string[];
  jitTeamId: string | null;
}

const DEFAULT_NAME = "SSO";

/** The provider people sign in with, or null when single sign-on is not set up. The variables win over the admin's page. */
export async function ssoProvider(): Promise<SsoProvider | null> {
  const env = serverEnv();
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    return { name: env.OIDC_NAME ?? DEFAULT_NAME, issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, fromEnvironment: true };
  }
  const row = await db().appSettings.findUnique({ where: { id: 1 }, select: { ssoName: true, ssoIssuer: true, ssoClientId: true, ssoClientSecret: true } });
  const secret = row?.ssoClientSecret ? unseal(appKey(SSO_SECRET_LABEL), row.ssoClientSecret) : null;
  if (!row?.ssoIssuer || !row.ssoClientId || !secret) return null;
  return { name: row.ssoName ?? DEFAULT_NAME, issuer: row.ssoIssuer, clientId: row.ssoClientId, clientSecret: secret, fromEnvironment: false };
}

export async function ssoRules(): Promise<SsoRules> {
  const row = await db().appSettings.findUnique({ where: { id: 1 }, select: { ssoOnly: true, ssoBreakGlassUserId: true, ssoJitDomains: true, ssoJitTeamId: true } });
  return { ssoOnly: row?.ssoOnly ?? false, breakGlassUserId: row?.ssoBreakGlassUserId ?? null, jitDomains: row?.ssoJitDomains ?? [], jitTeamId: row?.ssoJitTeamId ?? null };
}

/** What the admin's form shows: the provider without its secret, and the rules. */
export async function ssoSettingsView() {
  const [provider, rules, row, admins, teams] = await Promise.all([
    ssoProvider(),
    ssoRules(),
    db().appSettings.findUnique({ where: { id: 1 }, select: { ssoName: true, ssoIssuer: true, ssoClientId: true, ssoClientSecret: true } }),
    db().user.findMany({ where: { role: "ADMIN", active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true } }),
    db().team.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    fromEnvironment: provider?.fromEnvironment ?? false,
    name: provider?.fromEnvironment ? provider.name : (row?.ssoName ?? ""),
    issuer: provider?.fromEnvironment ? provider.issuer : (row?.ssoIssuer ?? ""),
    clientId: provider?.fromEnvironment ? provider.clientId : (row?.ssoClientId ?? ""),
    hasSecret: provider?.fromEnvironment === true || Boolean(row?.ssoClientSecret),
    configured: provider !== null,
    rules,
    admins,
    teams,
  };
}

/** An account by email for single sign-on: who it is, whether it may sign in. */
export async function accountForSso(email: string) {
  return db().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true } });
}

/** Whether `userId` is an active admin (the break-glass account must be one). */
export async function isActiveAdmin(userId: string): Promise<boolean> {
  return (await db().user.count({ where: { id: userId, role: "ADMIN", active: true } })) === 1;
}

/** The email of the break-glass admin, whose password still works under "SSO only". */
export async function breakGlassEmail(userId: string | null): Promise<string | null> {
  if (!userId) return null;
  return (await db().user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null;
}
