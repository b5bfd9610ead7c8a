// What a company wrote while each migration was the newest, in that
// release's own SQL, and what today's code must read from it once the
// database is migrated to the newest schema (tests/integration/upgrades.test.ts).
// Every migration has its entry: a new one without rows written at its
// schema fails the upgrade test. The rows are real-shaped: people in teams
// with managers, scores with and without pillars and ranks, an audit trail,
// closed months, tiers, challenges, tokens (live, read-only, revoked, of
// someone who left), wall links, invitations, settings, counters,
// notifications, webhooks, sessions and second factors.
import { expect } from "vitest";
import { hashToken } from "../../platform/auth/tokens";
import { verifyPassword } from "../../platform/auth/password";
import { findAccountByEmail } from "../../platform/auth/data";
import { findTokenUser, listTokens } from "../../platform/auth/token-data";
import { findSession } from "../../platform/auth/session-data";
import type { Db } from "../../platform/db/connect";
import { auditTrail, findScore, isMonthClosed } from "../../features/scores/data";
import { findPerson } from "../../features/people/data";
import { listTeams } from "../../features/people/team-data";
import { companyTimeZone } from "../../features/settings/data";
import { challengesIn } from "../../features/incentives/data";
import { loadStandings } from "../../features/incentives/load";
import { incentivesOf } from "../../features/incentives/standings";
import { teamForWallToken } from "../../features/board/wall-links-data";
import { savedMapping } from "../../features/imports/mapping-data";
import { listChannels } from "../../features/notifications/data";

export const OLD_PASSWORD = "written-by-an-old-release";

/** Secrets handed out by the old releases; only their digests are in the rows. */
const SECRET = {
  annToken: "ssi_upgrade_ann_zapier_token_0000000000000000",
  gwenToken: "ssi_upgrade_gwen_token_00000000000000000000000",
  readOnlyToken: "ssi_upgrade_read_only_token_000000000000000000",
  northWall: "upgrade-north-wall-link-secret",
  southWall: "upgrade-south-wall-link-secret",
  annSession: "ssis_upgrade_ann_session_00000000000000000000",
};
const digest = (secret: string) => `'${hashToken(secret)}'`;

export interface Release {
  /** SQL valid at this migration's schema. `:password` is a real argon2id hash of OLD_PASSWORD. */
  rows: string;
  /** Checked through today's code (its data modules), after the upgrade to the newest schema. */
  reads(db: Db): Promise<void>;
}

export const RELEASES: Record<string, Release> = {
  "20261125221514_init": {
    rows: `
      INSERT INTO "Team" (id, name, "createdAt") VALUES ('t-north', 'North', '2026-01-05 09:00:00'), ('t-south', 'Süd & Co', '2026-01-05 09:00:00');
      INSERT INTO "User" (id, name, email, "passwordHash", role, "teamId", active, locale, "sessionVersion", "updatedAt") VALUES
        ('u-ann', 'Ann O''Neil', 'ann@acme.example', :password, 'REP', 't-north', true, 'fr', 0, now()),
        ('u-bob', 'Bob', 'bob@acme.example', :password, 'REP', 't-south', true, NULL, 0, now()),
        ('u-gwen', 'Gwen Left', 'gwen@acme.example', :password, 'REP', 't-north', false, 'en', 2, now()),
        ('u-max', 'Max Manager', 'max@acme.example', :password, 'MANAGER', 't-north', true, 'en', 0, now()),
        ('u-ada', 'Ada Admin', 'ada@acme.example', :password, 'ADMIN', NULL, true, 'en', 0, now());
      INSERT INTO "TeamManager" ("teamId", "userId") VALUES ('t-north', 'u-max');
      INSERT INTO "ScoreEntry" (id, "userId", month, total, brand, people, insights, relationships, "industryRankPct", "networkRankPct", "industryAvg", "networkAvg", "enteredById", "updatedAt") VALUES
        ('s-ann-01', 'u-ann', '2026-01-01', 61.375, 15.125, 15.375, 15.625, 15.25, 12, 8.5, 40.5, 38.25, 'u-ann', now()),
        ('s-bob-01', 'u-bob', '2026-01-01', 44, 11, 11, 11, 11, NULL, NULL, NULL, NULL, 'u-ada', now());`,
    async reads() {
      expect(await findScore("u-ann", "2026-01")).toMatchObject({ total: "61.375", brand: "15.125", people: "15.375", insights: "15.625", relationships: "15.25", industryRankPct: "12", networkRankPct: "8.5", industryAvg: "40.5", networkAvg: "38.25", source: "FORM", enteredBy: { id: "u-ann" } });
      expect(await findScore("u-bob", "2026-01")).toMatchObject({ total: "44", industryRankPct: null, enteredBy: { id: "u-ada" } });
      expect(await findPerson("u-ann")).toMatchObject({ name: "Ann O'Neil", email: "ann@acme.example", role: "REP", active: true, team: { id: "t-north", name: "North" }, hasPassword: true });
      expect(await findPerson("u-max")).toMatchObject({ role: "MANAGER", managedTeams: [{ id: "t-north", name: "North" }] });
      const account = await findAccountByEmail("ann@acme.example");
      expect(account && (await verifyPassword(account.passwordHash, OLD_PASSWORD))).toBe(true);
    },
  },
  "20261125223310_scores_audit_goals_tokens": {
    rows: `
      INSERT INTO "ScoreEntry" (id, "userId", month, total, brand, people, insights, relationships, source, "enteredById", "updatedAt") VALUES
        ('s-ann-02', 'u-ann', '2026-02-01', 72.5, 18, 18.5, 18, 18, 'PASTE', 'u-ann', now());
      INSERT INTO "ScoreAudit" (id, "userId", month, "actorId", action, source, "oldValues", "newValues") VALUES
        ('a-ann-02', 'u-ann', '2026-02-01', 'u-ann', 'CREATE', 'PASTE', NULL, '{"total":"72.5","brand":"18","people":"18.5","insights":"18","relationships":"18","industryRankPct":null,"networkRankPct":null,"industryAvg":null,"networkAvg":null}');
      INSERT INTO "ClosedMonth" (month, "closedById") VALUES ('2026-01-01', 'u-ada');
      INSERT INTO "Goal" (id, "userId", target, "dueMonth", "updatedAt") VALUES ('g-ann', 'u-ann', 75, '2026-12-01', now());
      INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", "revokedAt") VALUES
        ('k-ann', 'u-ann', 'Zapier', ${digest(SECRET.annToken)}, NULL),
        ('k-max-old', 'u-max', 'Old script', ${digest("ssi_revoked_long_ago")}, '2026-01-20 10:00:00'),
        ('k-gwen', 'u-gwen', 'Left behind', ${digest(SECRET.gwenToken)}, NULL);`,
    async reads(db) {
      expect(await findScore("u-ann", "2026-02")).toMatchObject({ total: "72.5", brand: "18", source: "PASTE" });
      expect((await auditTrail("u-ann")).find((a) => a.id === "a-ann-02")).toMatchObject({ month: "2026-02", action: "CREATE", source: "PASTE", oldValues: null, newValues: { total: "72.5", people: "18.5" }, reason: null });
      expect(await isMonthClosed("2026-01")).toBe(true);
      expect(await isMonthClosed("2026-02")).toBe(false);
      expect((await db.goal.findUniqueOrThrow({ where: { id: "g-ann" } })).target.toString()).toBe("75");
      expect(await findTokenUser(SECRET.annToken)).toMatchObject({ user: { id: "u-ann" }, readOnly: false, tokenId: "k-ann" });
      // Gwen had left: the token-revocation migration ended what she still held.
      expect(await findTokenUser(SECRET.gwenToken)).toBeNull();
    },
  },
  "20261125225053_leaderboard_wall_settings": {
    rows: `
      INSERT INTO "WallLink" (id, "teamId", "tokenHash", "createdById") VALUES ('w-north', 't-north', ${digest(SECRET.northWall)}, 'u-ada'), ('w-south', 't-south', ${digest(SECRET.southWall)}, 'u-ada');
      INSERT INTO "AppSettings" (id, "repsSeeScores") VALUES (1, false);`,
    async reads(db) {
      expect(await teamForWallToken(SECRET.northWall)).toMatchObject({ id: "t-north", name: "North" });
      // The south team was archived later: the same migration revoked its links.
      expect(await teamForWallToken(SECRET.southWall)).toBeNull();
      expect(await db.appSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ repsSeeScores: false });
    },
  },
  "20261125232725_sign_in_failures": {
    rows: `INSERT INTO "SignInFailure" (id, email, "createdAt") VALUES ('f-1', 'ann@acme.example', now()), ('f-2', 'ann@acme.example', now());`,
    async reads(db) {
      // The old failures table is gone with its rows; nobody is locked out by them.
      const [gone] = await db.$queryRaw<{ found: boolean }[]>`SELECT to_regclass('"SignInFailure"') IS NOT NULL AS found`;
      expect(gone?.found).toBe(false);
      expect(await db.signInThrottle.count({ where: { key: { contains: "ann@" } } })).toBe(0);
    },
  },
  "20261126140750_incentives": {
    rows: `
      INSERT INTO "ScoreAudit" (id, "userId", month, "actorId", action, source, "oldValues", "newValues", reason) VALUES
        ('a-ann-01-fix', 'u-ann', '2026-01-01', 'u-ada', 'UPDATE', 'FORM', '{"total":"60.375","brand":"14.125"}', '{"total":"61.375","brand":"15.125"}', 'Typo in the brand pillar');
      INSERT INTO "TierSet" (id, "effectiveFrom", "createdById") VALUES ('ts-1', '2026-01-01', 'u-ada');
      INSERT INTO "Tier" (id, "tierSetId", name, "minTotal", "rewardText", "rewardAmount", "rewardCurrency") VALUES
        ('tier-gold', 'ts-1', 'Gold', 70, 'Bonus', 150, 'EUR'), ('tier-silver', 'ts-1', 'Silver', 50, 'Lunch', NULL, NULL);
      INSERT INTO "Challenge" (id, title, kind, "teamId", "fromMonth", "toMonth", target, "rewardText", "createdById") VALUES
        ('c-gain', 'Climb 10', 'gain', 't-north', '2026-02-01', '2026-02-01', 10, 'Dinner', 'u-max');
      INSERT INTO "AuditEvent" (id, kind, "actorId", month, reason, details) VALUES ('e-close', 'month.close', 'u-ada', '2026-01-01', 'Payroll sent', NULL);`,
    async reads(db) {
      expect((await auditTrail("u-ann")).find((a) => a.id === "a-ann-01-fix")).toMatchObject({ action: "UPDATE", reason: "Typo in the brand pillar", actorName: "Ada Admin" });
      const standings = await loadStandings("2026-02", ["t-north"]);
      expect(incentivesOf(standings, "u-ann").tier).toMatchObject({ name: "Gold" });
      expect((await challengesIn("2026-02", ["t-north"])).map((c) => [c.id, c.title, c.kind])).toEqual([["c-gain", "Climb 10", "gain"]]);
      expect(await db.auditEvent.findUniqueOrThrow({ where: { id: "e-close" } })).toMatchObject({ kind: "month.close", reason: "Payroll sent" });
    },
  },
  "20261126174206_administration": {
    rows: `
      UPDATE "Team" SET "archivedAt" = '2026-02-15 08:00:00' WHERE id = 't-south';
      INSERT INTO "TeamMembership" ("userId", "fromMonth", "teamId") VALUES ('u-ann', '2026-01-01', 't-north'), ('u-bob', '2026-01-01', 't-south');
      INSERT INTO "ScoreEntry" (id, "userId", month, total, source, "enteredById", "updatedAt") VALUES ('s-bob-02', 'u-bob', '2026-02-01', 47.25, 'IMPORT', 'u-ada', now());
      UPDATE "AppSettings" SET "timeZone" = 'Europe/Paris', "jumpLimit" = 15, "defaultLocale" = 'fr', "wallShowsScores" = true;
      INSERT INTO "User" (id, name, email, "passwordHash", role, "teamId", "updatedAt") VALUES ('u-new', 'Nina New', 'nina@acme.example', '', 'REP', 't-north', now());
      INSERT INTO "Invitation" (id, "userId", "tokenHash", purpose, "expiresAt", "createdById") VALUES
        ('i-nina', 'u-new', ${digest("upgrade-invitation-nina")}, 'invite', '2099-01-01 00:00:00', 'u-ada'),
        ('i-gwen', 'u-gwen', ${digest("upgrade-invitation-gwen")}, 'reset', '2099-01-01 00:00:00', 'u-ada');`,
    async reads(db) {
      expect(await findScore("u-bob", "2026-02")).toMatchObject({ total: "47.25", brand: null, people: null, insights: null, relationships: null, source: "IMPORT" });
      expect(await companyTimeZone()).toBe("Europe/Paris");
      expect((await listTeams({ withArchived: true })).map((t) => t.id).sort()).toEqual(["t-north", "t-south"]);
      expect((await listTeams()).map((t) => t.id)).toEqual(["t-north"]);
      expect(await findPerson("u-new")).toMatchObject({ hasPassword: false, linkExpiresAt: "2099-01-01T00:00:00.000Z" });
      // Gwen's unused link ended with her other credentials.
      expect((await db.invitation.findUniqueOrThrow({ where: { id: "i-gwen" } })).expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    },
  },
  "20261126193500_cache_versions": {
    rows: `INSERT INTO "ScoreEntry" (id, "userId", month, total, brand, people, insights, relationships, "enteredById", "updatedAt") VALUES ('s-ann-03', 'u-ann', '2026-03-01', 74, 18.5, 18.5, 18.5, 18.5, 'u-max', now());`,
    async reads(db) {
      expect(await findScore("u-ann", "2026-03")).toMatchObject({ total: "74", enteredBy: { id: "u-max", name: "Max Manager" } });
      const [counters] = await db.$queryRaw<{ scores: bigint }[]>`SELECT last_value AS scores FROM "ScoreVersion"`;
      expect(Number(counters?.scores)).toBeGreaterThan(0);
    },
  },
  "20261126220000_save_score": {
    // That release saved scores through its database function.
    rows: `SELECT * FROM "saveScore"('u-bob', '2026-03-01', 'u-bob', 'FORM', '{"total":"49.5","brand":"12","people":"12.5","insights":"12","relationships":"13","industryRankPct":"30","networkRankPct":null,"industryAvg":null,"networkAvg":null}', NULL, false);`,
    async reads() {
      expect(await findScore("u-bob", "2026-03")).toMatchObject({ total: "49.5", people: "12.5", industryRankPct: "30", source: "FORM" });
      expect((await auditTrail("u-bob")).find((a) => a.month === "2026-03")).toMatchObject({ action: "CREATE", newValues: { total: "49.5" } });
    },
  },
  "20261126220010_token_limits": {
    rows: `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", "readOnly", "expiresAt") VALUES ('k-ann-ro', 'u-ann', 'Dashboard', ${digest(SECRET.readOnlyToken)}, true, '2099-01-01 00:00:00');`,
    async reads() {
      expect(await findTokenUser(SECRET.readOnlyToken)).toMatchObject({ user: { id: "u-ann" }, readOnly: true });
      expect((await listTokens("u-ann")).tokens.find((t) => t.id === "k-ann-ro")).toMatchObject({ name: "Dashboard", readOnly: true, expiresAt: "2099-01-01T00:00:00.000Z" });
    },
  },
  "20261126220223_sign_in_throttle": {
    rows: `INSERT INTO "SignInThrottle" (key, failures, "blockedUntil", "lastAttemptAt") VALUES ('address:203.0.113.7', 4, '2026-03-02 10:00:30', '2026-03-02 10:00:00');`,
    async reads(db) {
      expect(await db.signInThrottle.findUniqueOrThrow({ where: { key: "address:203.0.113.7" } })).toMatchObject({ failures: 4, blockedUntil: new Date("2026-03-02T10:00:30.000Z") });
    },
  },
  "20261202041756_import_mappings": {
    rows: `INSERT INTO "ImportMapping" (id, kind, name, columns, "createdById", "updatedAt") VALUES ('m-wall', 'scores', 'Wall sheet', '{"E-mail": "email", "Jan 2026": "2026-01"}', 'u-ada', now());`,
    async reads() {
      expect(await savedMapping("scores", "Wall sheet")).toEqual({ "E-mail": "email", "Jan 2026": "2026-01" });
    },
  },
  "20261202044730_token_revoked_reason": {
    rows: `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", "revokedAt", "revokedReason") VALUES ('k-bob-ci', 'u-bob', 'CI', ${digest("ssi_bob_ci")}, '2026-03-05 12:00:00', 'password-changed');`,
    async reads() {
      expect((await listTokens("u-max")).revoked).toMatchObject([{ id: "k-max-old", reason: "owner" }]);
      expect((await listTokens("u-gwen")).revoked).toMatchObject([{ id: "k-gwen", reason: "deactivated" }]);
      expect((await listTokens("u-bob")).revoked).toMatchObject([{ id: "k-bob-ci", reason: "password-changed" }]);
    },
  },
  "20261203115346_notifications": {
    rows: `
      INSERT INTO "NotificationChannel" (id, medium, name, "teamId", "urlSealed", "urlHint", "createdById") VALUES ('ch-north', 'slack', '#sales-north', 't-north', 'v1.sealed-url', 'hooks.slack.com/…X1', 'u-ada');
      INSERT INTO "NotificationSetting" (scope, kind, enabled) VALUES ('company', 'reminder', false);
      INSERT INTO "Notification" (id, key, kind, medium, "userId", locale, payload, status, attempts, "sentAt") VALUES ('n-1', 'reminder:u-ann:2026-03', 'reminder', 'email', 'u-ann', 'fr', '{"month": "2026-03"}', 'sent', 1, now());
      INSERT INTO "OutboxEvent" (kind, payload, "processedAt") VALUES ('score.logged', '{"userId": "u-ann", "month": "2026-03"}', now());`,
    async reads(db) {
      expect((await listChannels()).map((c) => c.name)).toEqual(["#sales-north"]);
      expect(await db.notification.findUniqueOrThrow({ where: { key: "reminder:u-ann:2026-03" } })).toMatchObject({ status: "sent", locale: "fr" });
      expect(await db.notificationSetting.count({ where: { scope: "company", kind: "reminder", enabled: false } })).toBe(1);
    },
  },
  "20261203145047_webhooks": {
    rows: `
      INSERT INTO "Webhook" (id, name, "urlSealed", "urlHint", "secretSealed", events) VALUES ('wh-crm', 'CRM', 'v1.url', 'crm.acme.example/…', 'v1.secret', ARRAY['score.logged', 'month.closed']);
      INSERT INTO "WebhookDelivery" (id, key, "webhookId", event, body, status, attempts, "lastStatus") VALUES ('d-1', 'wh-crm:1', 'wh-crm', 'score.logged', '{"userId":"u-ann"}', 'failed', 5, 502);`,
    async reads(db) {
      expect(await db.webhook.findUniqueOrThrow({ where: { id: "wh-crm" }, include: { deliveries: true } })).toMatchObject({ events: ["score.logged", "month.closed"], deliveries: [{ status: "failed", lastStatus: 502 }] });
    },
  },
  "20261203182427_identity": {
    rows: `
      UPDATE "AppSettings" SET "twoFactorPolicy" = 'ADMINS', "ssoJitDomains" = ARRAY['acme.example'];
      UPDATE "User" SET "mustEnrol" = true WHERE id = 'u-ada';
      INSERT INTO "Session" (id, "tokenHash", "userId", version, step, method, "userAgent", address, "lastSeenAt") VALUES ('ses-ann', ${digest(SECRET.annSession)}, 'u-ann', 0, 'SIGNED_IN', 'PASSWORD', 'Mozilla/5.0', '203.0.113.7', now() AT TIME ZONE 'UTC');
      INSERT INTO "TotpFactor" ("userId", "secretSealed", "confirmedAt", "lastStep") VALUES ('u-max', 'v1.totp', now(), 59000000);
      INSERT INTO "RecoveryCode" (id, "userId", "codeHash") VALUES ('rc-1', 'u-max', ${digest("ABCD-EFGH")});
      INSERT INTO "Passkey" (id, "userId", "credentialId", "publicKey", counter, transports, name) VALUES ('pk-ada', 'u-ada', 'cred-ada', '\\x00010203'::bytea, 7, ARRAY['usb'], 'YubiKey');`,
    async reads(db) {
      expect(await findSession(SECRET.annSession)).toMatchObject({ user: { id: "u-ann" } });
      expect(await db.appSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ ssoJitDomains: ["acme.example"] });
      expect(await db.passkey.findUniqueOrThrow({ where: { id: "pk-ada" } })).toMatchObject({ counter: 7n, transports: ["usb"], publicKey: new Uint8Array([0, 1, 2, 3]) });
      expect(await db.totpFactor.count({ where: { userId: "u-max", confirmedAt: { not: null } } })).toBe(1);
    },
  },
  "20261204032957_passkeys": {
    rows: `INSERT INTO "WebAuthnChallenge" (challenge, purpose, "userId", "expiresAt") VALUES ('chal-1', 'sign-in', NULL, '2026-03-10 10:05:00');`,
    async reads(db) {
      expect(await db.webAuthnChallenge.findUniqueOrThrow({ where: { challenge: "chal-1" } })).toMatchObject({ purpose: "sign-in", userId: null });
    },
  },
  "20261205130210_api_rate_limits": {
    rows: `INSERT INTO "ApiRateWindow" (key, "windowStart", count) VALUES ('read:token:k-ann', '2026-03-10 10:05:00', 12);`,
    async reads(db) {
      expect(await db.apiRateWindow.count({ where: { key: "read:token:k-ann" } })).toBe(1);
    },
  },
};
