// Notifications against real parts: the app's PostgreSQL with pg-boss, a real
// SMTP server on loopback, and a local HTTP receiver for Slack and Teams.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMailServer, type MailServer } from "../helpers/mail-server";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { createUser, testDb } from "../factories";

let mail: MailServer;
let hooks: HttpReceiver;

beforeAll(async () => {
  mail = await startMailServer();
  hooks = await startHttpReceiver();
  process.env.SMTP_URL = mail.url;
  process.env.MAIL_FROM = "SSI Board <ssi@test.example>";
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3999";
  // Events of the files before this one are not this file's news.
  await testDb().outboxEvent.updateMany({ where: { processedAt: null }, data: { processedAt: new Date() } });
  const { startNotifications } = await import("../../features/notifications/worker");
  await startNotifications(String(process.env.DATABASE_URL), { work: true });
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
    expect(message?.subject).toBe("You are invited to SSI Board");
    expect(message?.text).toContain("Hello Inès Invitée,");
    expect(message?.html).toContain('lang="en"');
    // The link the admin sees is the one in the email, on NEXTAUTH_URL.
    const link = `http://127.0.0.1:3999${created.invitation.path}`;
    expect(message?.text).toContain(link);
    expect(message?.html).toContain(link);
    // An account message has nothing to unsubscribe from.
    expect(message?.header("list-unsubscribe")).toBeUndefined();
    await acceptInvitation(created.invitation.path.replace("/invite/", ""), "a-long-new-password-42");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: created.id } })).passwordHash).not.toBe("");
  });
});

describe("deliveries", () => {
  it("keep a refused email with the server's reason, retry it later, and send it once", async () => {
    const { issuePasswordLink } = await import("../../features/people/mutations");
    const admin = await createUser({ role: "ADMIN" });
    const person = await createUser({ locale: "fr" });
    mail.refuseWith("mailbox full");
    await issuePasswordLink(admin.id, person.id);
    const refused = async () => testDb().notification.findFirst({ where: { userId: person.id, kind: "password-reset" } });
    for (let waited = 0; (await refused())?.status !== "retrying"; waited += 200) {
      if (waited > 20_000) throw new Error(`the refusal was not recorded: ${JSON.stringify(await refused())}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await refused())?.lastError).toContain("mailbox full");
    expect((await refused())?.attempts).toBe(1);
    // The server takes mail again; the retry is due in 30 s (backing off): bring it forward rather than wait.
    mail.refuseWith(null);
    await testDb().$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE name = 'notification-deliver' AND state = 'retry' AND data->>'id' = ${(await refused())?.id}`;
    const [message] = await mail.waitFor((m) => m.to === person.email);
    expect(message?.subject).toBe("Choisissez un nouveau mot de passe SSI Board");
    await new Promise((r) => setTimeout(r, 3000));
    expect(mail.received.filter((m) => m.to === person.email)).toHaveLength(1);
    expect(await refused()).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("stops a kind for its one recipient by the one-click link, which nothing else can forge", async () => {
    const { unsubscribeToken } = await import("../../features/notifications/links");
    const { POST } = await import("../../app/api/unsubscribe/[token]/route");
    const person = await createUser();
    const other = await createUser();
    const token = unsubscribeToken(person.id, "log-reminder");
    const call = (t: string) => POST(new Request(`http://127.0.0.1:3999/api/unsubscribe/${t}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }), { params: Promise.resolve({ token: t }) });
    const answer = await call(token);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ unsubscribed: "log-reminder" });
    const switches = await testDb().notificationSetting.findMany({ where: { scope: { in: [`user:${person.id}`, `user:${other.id}`] } } });
    expect(switches).toEqual([{ scope: `user:${person.id}`, kind: "log-reminder", enabled: false }]);
    // A changed or made-up token is not ours: 404, and nothing changes.
    expect((await call(`${token.slice(0, -2)}AA`)).status).toBe(404);
    expect((await call("not-a-token")).status).toBe(404);
    expect(await testDb().notificationSetting.count({ where: { scope: `user:${other.id}` } })).toBe(0);
  });
});
