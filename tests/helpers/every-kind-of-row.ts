// A database with rows in every table, as a company's would have after a
// while: the demo data, plus what only use makes (sessions, second factors,
// tokens, wall links, audit, imports' mappings, notifications, webhooks,
// counters). Texts carry what a copy gets wrong most easily: tabs, line
// breaks, backslashes, quotes, accents and emoji; a row also has its nulls.
// The backup test requires every table to have a row, so a new table needs
// its line here.
import { randomBytes } from "node:crypto";
import type { Db } from "../../platform/db/connect";
import { seedDemoData } from "../../prisma/seed/seed";
import type { Month } from "../../platform/time/month";

export const AWKWARD_TEXT = 'Tab\there, "quotes", back\\slash, line\r\nbreak, \\N not null, é, 🚀';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function fillEveryTable(db: Db, lastMonth: Month = "2026-11"): Promise<void> {
  await seedDemoData(db, { lastMonth });
  const rep = await db.user.findUniqueOrThrow({ where: { email: "rep@example.com" } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  const team = await db.team.findFirstOrThrow({ where: { id: rep.teamId ?? undefined } });
  const unique = () => randomBytes(12).toString("hex");

  await db.closedMonth.create({ data: { month: day("2026-09-01"), closedById: admin.id } });
  await db.goal.create({ data: { userId: rep.id, target: "75.125", dueMonth: day("2027-06-01") } });
  await db.apiToken.create({ data: { userId: rep.id, name: AWKWARD_TEXT, tokenHash: unique(), expiresAt: new Date("2027-01-01T12:34:56.789Z"), readOnly: true } });
  await db.apiToken.create({ data: { userId: admin.id, name: "revoked", tokenHash: unique(), revokedAt: new Date(), revokedReason: "password changed" } });
  await db.scoreAudit.create({ data: { userId: rep.id, month: day("2026-11-01"), actorId: admin.id, action: "UPDATE", source: "FORM", oldValues: { total: 61.5 }, newValues: { total: 62.25, note: AWKWARD_TEXT }, reason: AWKWARD_TEXT } });
  await db.wallLink.create({ data: { teamId: team.id, tokenHash: unique(), createdById: admin.id } });
  await db.auditEvent.create({ data: { kind: "team.create", actorId: admin.id, month: day("2026-10-01"), reason: null, details: { list: [1, "two", null], nested: { quote: '"' } } } });
  await db.teamMembership.create({ data: { userId: rep.id, fromMonth: day("2026-01-01"), teamId: team.id } });
  await db.invitation.create({ data: { userId: rep.id, tokenHash: unique(), purpose: "invite", expiresAt: new Date(Date.now() + 86_400_000), createdById: admin.id } });
  await db.signInThrottle.create({ data: { key: "account:someone@example.com", failures: 3, blockedUntil: new Date(), lastAttemptAt: new Date() } });
  await db.importMapping.create({ data: { kind: "scores", name: AWKWARD_TEXT, columns: { "E-mail\t(work)": "email", "2026-11": "2026-11" }, createdById: admin.id } });
  await db.notificationSetting.create({ data: { scope: "company", kind: "reminder", enabled: false } });
  const channel = await db.notificationChannel.create({ data: { medium: "slack", name: "#sales", teamId: team.id, urlSealed: "v1.sealed", urlHint: "hooks.slack.com/…abc" } });
  await db.notification.create({ data: { key: unique(), kind: "reminder", medium: "slack", channelId: channel.id, locale: "fr", payload: { text: AWKWARD_TEXT } } });
  await db.notification.create({ data: { key: unique(), kind: "reminder", medium: "email", userId: rep.id, locale: "en", payload: {}, status: "sent", attempts: 1, sentAt: new Date() } });
  const webhook = await db.webhook.create({ data: { name: "CRM", urlSealed: "v1.url", urlHint: "crm.example.com/…", secretSealed: "v1.secret", events: ["score.logged", 'odd,"event"'] } });
  await db.webhookDelivery.create({ data: { key: unique(), webhookId: webhook.id, event: "score.logged", body: JSON.stringify({ text: AWKWARD_TEXT }), status: "failed", attempts: 5, lastStatus: 500, lastError: AWKWARD_TEXT } });
  await db.appSettings.upsert({ where: { id: 1 }, create: { id: 1, timeZone: "Europe/Paris", jumpLimit: "15.50", ssoJitDomains: ["example.com", "exa,mple.org"] }, update: {} });
  await db.session.create({ data: { tokenHash: unique(), userId: rep.id, version: rep.sessionVersion, method: "PASSWORD", userAgent: AWKWARD_TEXT, address: "::1" } });
  await db.totpFactor.create({ data: { userId: rep.id, secretSealed: "v1.totp", confirmedAt: new Date(), lastStep: 57_000_000 } });
  await db.recoveryCode.create({ data: { userId: rep.id, codeHash: unique() } });
  await db.passkey.create({ data: { userId: rep.id, name: "Phone 📱", credentialId: unique(), publicKey: new Uint8Array([0, 9, 10, 13, 92, 255]), counter: 9_007_199_254_740_993n, transports: ["internal", "hybrid"] } });
  await db.webAuthnChallenge.create({ data: { challenge: unique(), purpose: "sign-in", userId: null, expiresAt: new Date() } });
  await db.apiRateWindow.create({ data: { key: `read:user:${rep.id}`, windowStart: new Date("2026-12-05T10:00:00.000Z"), count: 42 } });
}
