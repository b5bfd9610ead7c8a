// Every server action, called as a script would: a raw POST with the action's
// id and its argument, from no page. Without a session an action answers
// "unauthorized"; a bearer token or a wall link is no session.
import { ADMIN, everyone, expectedAnswer, NORTH_MANAGERS, only, REP_OF_NORTH, repsOwn, type Cell, type Row } from "./rows";
import { closedOldMonth, northChallenge, openOldMonth, PASSWORD } from "./world";
import { createApiToken, createChannel, createPasskey, createPendingTotp, createSession, createInvitationSecret, createWebhook, createUser, createWallLinkSecret, testDb, unsubscribeSecret } from "../../../factories";
import { addMonths, monthToDate } from "../../../../platform/time/month";

const action = (route: string, access: Row["access"], fields: (cell: Cell) => Record<string, string | Blob>, more: Partial<Row> = {}): Row => ({
  surface: "action",
  route,
  access,
  writes: true,
  ask: (cell) => ({ method: "POST", path: "/", fields: fields(cell) }),
  ...more,
});

const newPassword = { password: PASSWORD, confirm: PASSWORD };

// A webhook nothing listens on: a channel's test answers "not sent" at once.
const DEAD_HOOK = "http://127.0.0.1:9/hook";

/** Allowed, and refused for what the caller's account is in (no second factor to act on): `code` for everyone signed in. */
const refusedForState = (code: string) => (caller: { session: unknown }) =>
  caller.session ? { status: [200], code, allowed: false } : { status: [200], code: "unauthorized", allowed: false };

/** A browser's WebAuthn answer in shape (its signature checks nothing): what gets past the form's schema. */
const SHAPED_CREDENTIAL = JSON.stringify({ id: "AAAA", rawId: "AAAA", type: "public-key", response: { clientDataJSON: "e30" }, clientExtensionResults: {} });

/** A sign-in's second step without a pending sign-in (no caller has one): back to the sign-in form, nothing changed. */
const noPendingSignIn = () => ({ status: [200], location: /^\/sign-in$/, allowed: false });

/** The matrix's app has no SMTP server: the admin's test email is allowed, and answers that email is off. */
const emailOff = (row: Row): Row => ({
  ...row,
  expect: (caller, world) => {
    const plain = expectedAnswer({ ...row, expect: undefined }, caller, world);
    return plain.allowed ? { ...plain, code: "email-off" } : plain;
  },
});

export const ACTIONS: Row[] = [
  action("features/account/actions.ts#acceptInvitationAction", everyone, ({ target }) => ({ token: target, ...newPassword }), {
    public: true,
    redirects: true,
    prepare: async (world) => createInvitationSecret((await createUser({ teamId: world.spareTeam.id })).id),
  }),
  action("features/account/actions.ts#changePasswordAction", everyone, () => ({ current: PASSWORD, ...newPassword }), { endsSessions: true }),
  action("features/account/actions.ts#renameSelfAction", everyone, ({ world, caller }) => ({ name: caller.session ? world.people[caller.session].name : "Someone" }), { writes: "maybe" }),
  action("features/account/token-actions.ts#createTokenAction", everyone, ({ unique }) => ({ name: `Matrix ${unique}` })),
  // Each person revokes only their own tokens: North's rep's token is not found for anyone else.
  action("features/account/token-actions.ts#revokeTokenAction", (who) => (who === "rep" ? "ok" : "not-found"), ({ target }) => ({ tokenId: target }), {
    prepare: async (world) => (await createApiToken(world.people.rep.id)).id,
  }),
  action("features/account/sign-in-actions.ts#signOutAction", everyone, () => ({}), { redirects: true, endsSessions: true }),
  action("features/scores/goal-actions.ts#saveGoalAction", only("rep", "repOther"), ({ world }) => ({ target: "70", dueMonth: addMonths(world.month, 3) })),
  action("features/scores/goal-actions.ts#deleteGoalAction", repsOwn, ({ target }) => ({ goalId: target }), {
    prepare: async (world) => (await testDb().goal.create({ data: { userId: world.people.rep.id, target: 70, dueMonth: monthToDate(addMonths(world.month, 2)) } })).id,
  }),
  action("features/shell/locale-actions.ts#switchLocale", everyone, () => ({ locale: "en" }), { public: true, writes: "maybe" }),
  action("features/imports/actions.ts#importAction", ADMIN, ({ unique }) => ({
    kind: "people",
    dryRun: "false",
    file: new File([`name,email,role,team\nImported ${unique},imported-${unique}@matrix.example,REP,Spare Matrix\n`], "people.csv", { type: "text/csv" }),
  })),
  action("features/incentives/actions.ts#closeMonthAction", ADMIN, ({ target }) => ({ month: target }), { prepare: openOldMonth }),
  action("features/incentives/actions.ts#reopenMonthAction", ADMIN, ({ target }) => ({ month: target, reason: "Matrix" }), { prepare: closedOldMonth }),
  action("features/incentives/actions.ts#saveTierSetAction", ADMIN, ({ unique }) => ({ effectiveFrom: "2099-01", "tiers.0.name": `Gold ${unique}`, "tiers.0.minTotal": "70", "tiers.0.reward.text": "Bonus" })),
  action("features/incentives/actions.ts#createChallengeAction", NORTH_MANAGERS, ({ world, unique }) => ({
    title: `Matrix ${unique}`, kind: "gain", teamId: world.north.id, from: world.month, to: world.month, target: "10", "reward.text": "Dinner",
  })),
  action("features/incentives/actions.ts#deleteChallengeAction", NORTH_MANAGERS, ({ target }) => ({ challengeId: target }), { prepare: (world) => northChallenge(world) }),
  action("features/people/actions.ts#createPersonAction", ADMIN, ({ world, unique }) => ({ name: `New ${unique}`, email: `new-${unique}@matrix.example`, role: "REP", teamId: world.spareTeam.id })),
  action("features/people/actions.ts#updatePersonAction", ADMIN, ({ world, unique }) => ({ userId: world.sparePerson.id, name: `Spare ${unique}` })),
  action("features/people/actions.ts#passwordLinkAction", ADMIN, ({ world }) => ({ userId: world.sparePerson.id })),
  action("features/settings/actions.ts#saveSettingsAction", ADMIN, () => ({ repsSeeScores: "on", wallShowsScores: "", defaultLocale: "", timeZone: "", jumpLimit: "30", pillarMoveLimit: "12" }), { writes: "maybe" }),
  action("features/scores/actions.ts#saveScoreAction", REP_OF_NORTH, ({ world }) => ({ repId: world.people.rep.id, month: world.month, brand: "10", people: "10", insights: "10", relationships: "10", total: "40" })),
  action("features/people/team-actions.ts#createTeamAction", ADMIN, ({ unique }) => ({ name: `Team ${unique}` })),
  action("features/people/team-actions.ts#updateTeamAction", ADMIN, ({ world, unique }) => ({ teamId: world.spareTeam.id, name: `Spare ${unique}` })),
  action("features/notifications/actions.ts#saveOwnNotificationsAction", everyone, () => ({ on: "tier-reached" }), { writes: "maybe" }),
  action("features/notifications/actions.ts#saveScopeNotificationsAction", ADMIN, ({ world }) => ({ scope: `team:${world.spareTeam.id}`, on: "log-reminder" })),
  action("features/notifications/actions.ts#addChannelAction", ADMIN, ({ unique }) => ({ medium: "slack", name: `Matrix ${unique}`, teamId: "", url: DEAD_HOOK })),
  action("features/notifications/actions.ts#removeChannelAction", ADMIN, ({ target }) => ({ channelId: target }), { prepare: () => createChannel(DEAD_HOOK) }),
  action("features/notifications/actions.ts#testChannelAction", ADMIN, ({ target }) => ({ channelId: target }), { prepare: () => createChannel(DEAD_HOOK), writes: false }),
  emailOff(action("features/notifications/actions.ts#testEmailAction", ADMIN, () => ({}), { writes: false })),
  action("features/webhooks/actions.ts#addWebhookAction", ADMIN, ({ unique }) => ({ name: `Matrix ${unique}`, url: DEAD_HOOK, events: "score.logged", allowPrivateNetwork: "on" })),
  action("features/webhooks/actions.ts#removeWebhookAction", ADMIN, ({ target }) => ({ webhookId: target }), { prepare: () => createWebhook(DEAD_HOOK, "whsec_matrix") }),
  action("features/webhooks/actions.ts#testWebhookAction", ADMIN, ({ target }) => ({ webhookId: target }), { prepare: () => createWebhook(DEAD_HOOK, "whsec_matrix"), writes: false }),
  // The link's secret is the credential: anyone holding it stops that one kind for that one person.
  action("features/notifications/actions.ts#unsubscribeAction", everyone, ({ target }) => ({ token: target }), {
    public: true,
    writes: "maybe",
    prepare: async (world) => unsubscribeSecret((await createUser({ teamId: world.spareTeam.id })).id, "log-reminder"),
  }),
  // Each person ends only their own sessions: North's rep's is not found for anyone else.
  action("features/identity/actions.ts#endSessionAction", (who) => (who === "rep" ? "ok" : "not-found"), ({ target }) => ({ sessionId: target }), {
    prepare: (world) => createSession(world.people.rep.id),
  }),
  action("features/identity/actions.ts#endOtherSessionsAction", everyone, () => ({}), { writes: "maybe" }),
  action("features/identity/actions.ts#beginTotpAction", everyone, () => ({})),
  // Everyone is enrolling an app here; a wrong code confirms nothing.
  action("features/identity/actions.ts#confirmTotpAction", everyone, () => ({ code: "000000" }), {
    prepare: async (world) => {
      for (const person of [...Object.values(world.people), world.deactivated]) await createPendingTotp(person.id);
      return "";
    },
    expect: refusedForState("invalid"),
  }),
  action("features/identity/actions.ts#removeTotpAction", everyone, () => ({}), { writes: "maybe" }),
  action("features/identity/actions.ts#renewRecoveryCodesAction", everyone, () => ({}), { expect: refusedForState("factor-not-started") }),
  // The matrix posts to 127.0.0.1, where WebAuthn cannot work: the ceremony is refused, saying why, after the caller is known.
  action("features/identity/actions.ts#passkeyOptionsAction", everyone, () => ({ name: "Laptop" }), { expect: refusedForState("invalid") }),
  action("features/identity/actions.ts#addPasskeyAction", everyone, () => ({ name: "Laptop", credential: SHAPED_CREDENTIAL }), { expect: refusedForState("invalid") }),
  // One's own passkeys only: the spare person's is nobody else's to remove.
  action("features/identity/actions.ts#removePasskeyAction", everyone, ({ target }) => ({ passkeyId: target }), {
    prepare: async (world) => (await createPasskey(world.sparePerson.id)).id,
    expect: refusedForState("not-found"),
  }),
  action("features/identity/actions.ts#endPersonSessionsAction", ADMIN, ({ world }) => ({ userId: world.sparePerson.id })),
  action("features/identity/actions.ts#resetSecondFactorAction", ADMIN, ({ world }) => ({ userId: world.sparePerson.id }), { writes: "maybe" }),
  action("features/identity/actions.ts#setSecuritySettingsAction", ADMIN, () => ({ twoFactorPolicy: "NOBODY", securityRetentionDays: "180" }), { writes: "maybe" }),
  action("features/identity/actions.ts#setSsoSettingsAction", ADMIN, () => ({ name: "", issuer: "", clientId: "", clientSecret: "", jitDomains: "", jitTeamId: "", breakGlassUserId: "" }), { writes: "maybe" }),
  action("features/identity/sign-in-actions.ts#verifySecondFactorAction", everyone, () => ({ code: "000000", callbackUrl: "/" }), { public: true, expect: noPendingSignIn }),
  action("features/identity/sign-in-actions.ts#confirmEnrolmentAction", everyone, () => ({ code: "000000" }), { public: true, expect: noPendingSignIn }),
  action("features/identity/sign-in-actions.ts#finishEnrolmentAction", everyone, () => ({ callbackUrl: "/" }), { public: true, expect: noPendingSignIn }),
  action("features/identity/sign-in-actions.ts#passkeyOptionsAction", everyone, () => ({ purpose: "second-factor" }), { public: true, expect: noPendingSignIn }),
  action("features/identity/sign-in-actions.ts#verifyPasskeyAction", everyone, () => ({ credential: SHAPED_CREDENTIAL, callbackUrl: "/" }), { public: true, expect: noPendingSignIn }),
  action("features/identity/sign-in-actions.ts#enrolPasskeyAction", everyone, () => ({ name: "Laptop", credential: SHAPED_CREDENTIAL }), { public: true, expect: noPendingSignIn }),
  action("features/identity/sign-in-actions.ts#passkeySignInAction", everyone, () => ({ credential: SHAPED_CREDENTIAL, callbackUrl: "/" }), {
    public: true,
    expect: () => ({ status: [200], code: "invalid", allowed: false }),
  }),
  action("features/identity/sign-in-actions.ts#cancelSignInAction", everyone, () => ({}), { public: true, expect: noPendingSignIn }),
  action("features/board/wall-actions.ts#createWallLinkAction", ADMIN, ({ world }) => ({ teamId: world.spareTeam.id })),
  action("features/board/wall-actions.ts#revokeWallLinkAction", ADMIN, ({ target }) => ({ linkId: target }), { prepare: async (world) => (await createWallLinkSecret(world.spareTeam.id)).id }),
];
