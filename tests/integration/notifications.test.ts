// Notifications against real parts: the app's PostgreSQL with pg-boss, a real
// SMTP server on loopback, and a local HTTP receiver for Slack and Teams.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { startMailServer, type MailServer } from "../helpers/mail-server";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { createTeam, createUser, testDb } from "../factories";

let mail: MailServer;
let hooks: HttpReceiver;
let boss: PgBoss;

beforeAll(async () => {
  mail = await startMailServer();
  hooks = await startHttpReceiver();
  process.env.SMTP_URL = mail.url;
  process.env.MAIL_FROM = "SSI Board <ssi@test.example>";
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3999";
  // Events of the files before this one are not this file's news.
  await testDb().outboxEvent.updateMany({ where: { processedAt: null }, data: { processedAt: new Date() } });
  const { startNotifications } = await import("../../features/notifications/worker");
  boss = await startNotifications(process.env.DATABASE_URL!, { work: true });
});

afterAll(async () => {
  const { stopNotifications } = await import("../../features/notifications/worker");
  await stopNotifications();
  await mail?.close();
  await hooks?.close();
});

beforeEach(() => {
  mail.refuseWith(null);
  hooks.answer(200);
});

describe("account emails", () => {
  it("emails the invitation of a new person, in their language, with a link that sets their password", async () => {
    const { createPerson } = await import("../../features/people/mutations");
    const { acceptInvitation } = await import("../../features/account/mutations");
    const admin = await createUser({ role: "ADMIN" });
    const email = `invited-${Date.now()}@test.example`;
    const created = await createPerson(admin.id, { name: "Inès Invitée", email, role: "REP", teamId: null, managedTeamIds: [] });
    const [message] = await mail.waitFor((m) => m.to === email);
    expect(message!.subject).toBe("You are invited to SSI Board");
    expect(message!.text).toContain("Hello Inès Invitée,");
    expect(message!.html).toContain('lang="en"');
    // The link the admin sees is the one in the email, on NEXTAUTH_URL.
    const link = `http://127.0.0.1:3999${created.invitation.path}`;
    expect(message!.text).toContain(link);
    expect(message!.html).toContain(link);
    // An account message has nothing to unsubscribe from.
    expect(message!.header("list-unsubscribe")).toBeUndefined();
    await acceptInvitation(created.invitation.path.replace("/invite/", ""), "a-long-new-password-42");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: created.id } })).passwordHash).not.toBe("");
  });
});
