// What each change to one's sign-in security is, written once for the forms
// (actions.ts) and their tests: sessions, the authenticator app, recovery
// codes, and the admin's reset and policy.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { ADMINISTER } from "@/platform/auth/permissions";
import { revokeSessions } from "@/platform/auth/mutations";
import { currentRequestContext, recordSecurityEvent } from "@/platform/auth/security-mutations";
import { getCurrentSession } from "@/platform/auth/session";
import { endOtherSessions, endSession } from "@/platform/auth/session-mutations";
import { Invalid, NotFound } from "@/platform/errors/domain-errors";
import { isActiveAdmin, ssoSettingsView } from "./sso-data";
import { setSsoSettings } from "./sso-mutations";
import { personExists, secondFactors, securitySettings } from "./data";
import { beginTotp, confirmTotp, removeTotp, renewRecoveryCodes, resetSecondFactor, setSecuritySettings } from "./mutations";
import { mustUseSecondFactor } from "./policy";
import { confirmCodeSchema, passkeyIdSchema, passkeyNameField, personIdSchema, securitySettingsSchema, sessionIdSchema, ssoSettingsSchema } from "./schema";
import { registerPasskey, registrationChallenge } from "./passkeys";
import { removePasskey } from "./passkey-mutations";
import { relyingParty } from "./relying-party";
import { credentialField } from "./webauthn";

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser>) => definition;
const own = (user: SessionUser) => ({ action: "edit-account", ownerId: user.id }) as const;
const PAGE = ["/settings/security"];

export const endSessionCommand = define({
  input: sessionIdSchema,
  permission: own,
  run: async ({ sessionId }, user) => {
    if (!(await endSession(user.id, sessionId))) throw new NotFound();
    await recordSecurityEvent({ kind: "security.sessions", actorId: user.id, details: { ended: "one" }, context: await currentRequestContext() });
    return null;
  },
  revalidate: PAGE,
});

/** Every session of one's own but this browser's. */
export const endOtherSessionsCommand = define({
  input: z.object({}),
  permission: own,
  run: async (_, user) => {
    const ended = await endOtherSessions(user.id, (await getCurrentSession())?.sessionId ?? null);
    await recordSecurityEvent({ kind: "security.sessions", actorId: user.id, details: { ended: "others", count: ended }, context: await currentRequestContext() });
    return { ended };
  },
  revalidate: PAGE,
});

export const beginTotpCommand = define({
  input: z.object({}),
  permission: own,
  run: async (_, user) => {
    await beginTotp(user.id);
    return null;
  },
  revalidate: PAGE,
});

/** Confirms the app with a code; the answer carries the recovery codes, shown once. */
export const confirmTotpCommand = define({
  input: confirmCodeSchema,
  permission: own,
  run: async ({ code }, user) => ({ codes: await confirmTotp(user.id, code, await currentRequestContext()) }),
  // No revalidation: the page shows the codes in place, and its "Done" reloads it.
});

export const removeTotpCommand = define({
  input: z.object({}),
  permission: own,
  run: async (_, user) => {
    const [{ twoFactorPolicy }, factors] = await Promise.all([securitySettings(), secondFactors(user.id)]);
    await removeTotp(user.id, mustUseSecondFactor(twoFactorPolicy, user.role) || factors.mustEnrol, await currentRequestContext());
    return null;
  },
  revalidate: PAGE,
});

export const renewRecoveryCodesCommand = define({
  input: z.object({}),
  permission: own,
  run: async (_, user) => ({ codes: await renewRecoveryCodes(user.id, await currentRequestContext()) }),
});

/** The options for the browser to make a new passkey of one's own. */
export const passkeyOptionsCommand = define({
  // The name is checked before the browser makes the passkey: a refusal after would leave it on the device.
  input: z.object({ name: passkeyNameField }),
  permission: own,
  run: async (_, user) => registrationChallenge(await relyingParty(), user),
});

/** Stores the passkey the browser made; the answer carries the recovery codes when it is one's first factor. */
export const addPasskeyCommand = define({
  input: z.object({ name: passkeyNameField, credential: credentialField }),
  permission: own,
  run: async ({ name, credential }, user) => ({ codes: await registerPasskey(await relyingParty(), user.id, credential, name, await currentRequestContext()) }),
  // No revalidation when codes come back: the page shows them in place, and its "Done" reloads it.
});

export const removePasskeyCommand = define({
  input: passkeyIdSchema,
  permission: own,
  run: async ({ passkeyId }, user) => {
    const [{ twoFactorPolicy }, factors] = await Promise.all([securitySettings(), secondFactors(user.id)]);
    await removePasskey(user.id, passkeyId, mustUseSecondFactor(twoFactorPolicy, user.role) || factors.mustEnrol, await currentRequestContext());
    return null;
  },
  revalidate: PAGE,
});

const mustExist = async (userId: string) => {
  if (!(await personExists(userId))) throw new NotFound();
};

/** An admin ends every session of a person (their API tokens stay: revoking those is a password reset's or a deactivation's). */
export const endPersonSessionsCommand = define({
  input: personIdSchema,
  permission: () => ADMINISTER,
  run: async ({ userId }, admin) => {
    await mustExist(userId);
    await revokeSessions(userId);
    await recordSecurityEvent({ kind: "security.sessions", actorId: admin.id, subjectId: userId, details: { ended: "all-by-admin" }, context: await currentRequestContext() });
    return null;
  },
  revalidate: ["/admin/people"],
});

/** An admin removes a person's second factors; they enrol again at their next sign-in. */
export const resetSecondFactorCommand = define({
  input: personIdSchema,
  permission: () => ADMINISTER,
  run: async ({ userId }, admin) => {
    await mustExist(userId);
    await resetSecondFactor(admin.id, userId, await currentRequestContext());
    return null;
  },
  revalidate: ["/admin/people"],
});

export const setSecuritySettingsCommand = define({
  input: securitySettingsSchema,
  permission: () => ADMINISTER,
  run: async (settings, admin) => {
    await setSecuritySettings(admin.id, settings);
    return null;
  },
  revalidate: ["/admin/security"],
});

/**
 * Saves single sign-on. "SSO only" needs SSO set up and a break-glass admin
 * (an active admin, who keeps their password): a company cannot lock
 * itself out by a typo in the issuer.
 */
export const setSsoSettingsCommand = define({
  input: ssoSettingsSchema,
  permission: () => ADMINISTER,
  run: async (input, admin) => {
    const stored = await ssoSettingsView();
    const configured = stored.fromEnvironment || (input.issuer !== null && input.clientId !== null && (input.clientSecret !== null || stored.hasSecret));
    if (!stored.fromEnvironment && input.issuer !== null && input.clientSecret === null && !stored.hasSecret) throw new Invalid({ clientSecret: { code: "sso-incomplete" } });
    if (input.ssoOnly && !configured) throw new Invalid({ ssoOnly: { code: "sso-only-needs-sso" } });
    if (input.ssoOnly && !(input.breakGlassUserId && (await isActiveAdmin(input.breakGlassUserId)))) throw new Invalid({ breakGlassUserId: { code: "sso-break-glass-required" } });
    if (input.jitTeamId && !stored.teams.some((t) => t.id === input.jitTeamId)) throw new Invalid({ jitTeamId: { code: "sso-team-unknown" } });
    await setSsoSettings(admin.id, input);
    return null;
  },
  revalidate: ["/admin/security", "/sign-in"],
});
