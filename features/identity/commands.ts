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
import { NotFound } from "@/platform/errors/domain-errors";
import { personExists, secondFactors, securitySettings } from "./data";
import { beginTotp, confirmTotp, removeTotp, renewRecoveryCodes, resetSecondFactor, setSecuritySettings } from "./mutations";
import { mustUseSecondFactor } from "./policy";
import { confirmCodeSchema, personIdSchema, securitySettingsSchema, sessionIdSchema } from "./schema";

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
