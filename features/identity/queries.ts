import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { getCurrentSession } from "@/platform/auth/session";
import { liveSessions, type SessionLine } from "@/platform/auth/session-data";
import { NotFound } from "@/platform/errors/domain-errors";
import { personExists, secondFactors, securitySettings } from "./data";
import { deviceOf } from "@/platform/auth/device";
import { pendingTotpSecret } from "./mutations";
import { mustUseSecondFactor } from "./policy";
import { qrSvg } from "./qr";
import { ssoSettingsView } from "./sso-data";
import { personIdSchema } from "./schema";
import { groupedSecret, totpUri } from "./totp";

const sessionView = (s: SessionLine, currentId: string | null) => ({
  id: s.id,
  method: s.method,
  device: deviceOf(s.userAgent),
  address: s.address,
  createdAt: s.createdAt.toISOString(),
  lastSeenAt: s.lastSeenAt.toISOString(),
  current: s.id === currentId,
});

export type SessionView = ReturnType<typeof sessionView>;

/** An app being enrolled: its QR code (an SVG drawn here) and its secret as text. */
export async function totpEnrolment(userId: string, email: string) {
  const secret = await pendingTotpSecret(userId);
  return secret ? { secret: groupedSecret(secret), qr: await qrSvg(totpUri(secret, email)) } : null;
}

/** One's own sign-in security: sessions, second factors, and whether the company requires one. */
export const ownSecurityQuery = defineQuery({
  input: z.object({}),
  permission: (user) => ({ action: "edit-account", ownerId: user.id }),
  read: async (_, user) => {
    const [current, sessions, factors, settings, enrolment] = await Promise.all([
      getCurrentSession(),
      liveSessions(user.id),
      secondFactors(user.id),
      securitySettings(),
      totpEnrolment(user.id, user.email),
    ]);
    const currentId = current?.sessionId ?? null;
    return {
      sessions: sessions.map((s) => sessionView(s, currentId)),
      factors: {
        ...factors,
        totp: factors.totp ? { since: factors.totp.since.toISOString() } : null,
        passkeys: factors.passkeys.map((p) => ({ ...p, createdAt: p.createdAt.toISOString(), lastUsedAt: p.lastUsedAt?.toISOString() ?? null })),
      },
      enrolment,
      required: mustUseSecondFactor(settings.twoFactorPolicy, user.role) || factors.mustEnrol,
    };
  },
});

/** What an admin sees of a person's sign-in: their sessions and whether they have a second factor. */
export const personSecurityQuery = defineQuery({
  input: personIdSchema,
  permission: () => ADMINISTER,
  read: async ({ userId }) => {
    if (!(await personExists(userId))) throw new NotFound();
    const [sessions, factors] = await Promise.all([liveSessions(userId), secondFactors(userId)]);
    return {
      sessions: sessions.map((s) => sessionView(s, null)),
      totp: Boolean(factors.totp),
      passkeys: factors.passkeys.length,
      mustEnrol: factors.mustEnrol,
    };
  },
});

/** The company's sign-in rules, for the admin's security page: the second-factor rule, the retention, single sign-on (never its secret). */
export const securitySettingsQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: async () => ({ ...(await securitySettings()), sso: await ssoSettingsView() }),
});
