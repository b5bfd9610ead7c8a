// A whole month of notifications, end to end: two worker processes (`npm run
// worker`) on one database of their own, a real SMTP server, and a local
// receiver for Slack and Teams. The clock is injected as the tick job's own
// time; the events (a score, a close) happen for real. One worker is killed
// half way and another starts: nothing is sent twice, nothing is lost.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createDb } from "../../platform/db/connect";
import { createScratchDatabase, type ScratchDatabase } from "../../scripts/db/scratch-database";
import { startHttpReceiver, type HttpReceiver } from "../helpers/http-receiver";
import { startMailServer, type MailServer, type ReceivedMail } from "../helpers/mail-server";
import { createScore, createTeam, createUser, testDb, useTestDb } from "../factories";
import { addMonths, monthToDate, type Month } from "../../platform/time/month";
import { formatMonth } from "../../platform/i18n/format";
import { firstWorkingDay } from "../../features/notifications/schedule";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

let scratch: ScratchDatabase;
let mail: MailServer;
let hooks: HttpReceiver;
let sender: PgBoss;
const workers: ChildProcess[] = [];

function startWorker(): Promise<ChildProcess> {
  const child = spawn(TSX, ["--import", "./scripts/server-only-preload.mjs", "scripts/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: scratch.url, NODE_ENV: "development" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: tsx runs the worker in a child process, which a kill of tsx alone would leave running.
    detached: true,
  });
  workers.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("SSI Board worker: running")) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`the worker exited (${code}): ${output}`)));
  });
}

/** Kills a worker as a crash would: the whole process group, at once. */
function killWorker(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** A moment of `month`'s `day`, at noon UTC (afternoon in Paris: past the reminders' hour). */
const noonOn = (month: Month, day: number) => new Date(`${month}-${String(day).padStart(2, "0")}T12:00:00Z`);
const daysIn = (month: Month) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

async function tickAt(at: Date): Promise<void> {
  await sender.send("notification-tick", { at: at.toISOString() });
}

/** Everything that arrived, once the queues have been quiet for a while. */
async function settled(): Promise<void> {
  let last = -1;
  for (let quiet = 0; quiet < 3; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const [row] = await testDb().$queryRaw<{ pending: bigint }[]>`
      SELECT count(*) AS pending FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name <> 'notification-relay' AND name <> 'notification-tick'`;
    const now = mail.received.length + hooks.received.length + Number(row?.pending ?? 0) * 1000;
    quiet = now === last && Number(row?.pending ?? 0) === 0 ? quiet + 1 : 0;
    last = now;
  }
}

const to = (address: string) => (m: ReceivedMail) => m.to === address;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  useTestDb(createDb(scratch.url, { max: 2 }));
  process.env.DATABASE_URL = scratch.url;
  mail = await startMailServer();
  hooks = await startHttpReceiver();
  process.env.SMTP_URL = mail.url;
  process.env.MAIL_FROM = "SSI Board <ssi@test.example>";
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3999";
  process.env.NEXTAUTH_SECRET = "a-test-secret-for-the-month-scenario-of-notifications";
  await Promise.all([startWorker(), startWorker()]);
  const { startNotifications } = await import("../../features/notifications/worker");
  sender = await startNotifications(scratch.url, { work: false });
}, 180_000);

afterAll(async () => {
  for (const worker of workers) killWorker(worker);
  const { stopNotifications } = await import("../../features/notifications/worker");
  await stopNotifications();
  await mail?.close();
  await hooks?.close();
  useTestDb(undefined);
  await scratch?.teardown();
});

describe("a month of notifications", () => {
  it("reminds, congratulates, digests and closes: each message once, in each person's language", async () => {
    const { companyMonth } = await import("../../features/settings/data");
    const { saveScore } = await import("../../features/scores/mutations");
    const { scoreInputSchema } = await import("../../features/scores/schema");
    const { closeMonth } = await import("../../features/incentives/mutations");
    const { addChannel } = await import("../../features/notifications/channel-mutations");
    const current = await companyMonth();
    // The month just gone: still open, so its news is news.
    const month = addMonths(current, -1);
    const team = await createTeam("Paris North");
    const manager = await createUser({ role: "MANAGER", teamId: team.id, name: "Marc Manager", locale: "en" });
    const julie = await createUser({ teamId: team.id, name: "Julie Rep", locale: "en" });
    const benoit = await createUser({ teamId: team.id, name: "Benoît Rep", locale: "fr" });
    const admin = await createUser({ role: "ADMIN", name: "Anne Admin", locale: "fr" });
    await createScore(julie.id, addMonths(month, -1), 60);
    await testDb().tierSet.create({
      data: { effectiveFrom: monthToDate(month), tiers: { create: [{ name: "Silver", minTotal: 60, rewardText: "Bonus", rewardAmount: 50, rewardCurrency: "EUR" }, { name: "Gold", minTotal: 70, rewardText: "Bonus", rewardAmount: 150, rewardCurrency: "EUR" }] } },
    });
    await testDb().challenge.create({
      data: { title: "Restaurant +10", kind: "gain", teamId: team.id, fromMonth: monthToDate(month), toMonth: monthToDate(month), target: 10, rewardText: "Dinner", createdById: admin.id },
    });
    await addChannel(admin.id, { medium: "slack", name: "#north", teamId: team.id, url: hooks.url("/slack/north") });
    await addChannel(admin.id, { medium: "teams", name: "Sales", teamId: null, url: hooks.url("/teams/sales") });
    const enMonth = formatMonth("en", month);
    const frMonth = formatMonth("fr", month);

    // The first working day: both reps are reminded, each in their language; a second tick that day sends nothing more.
    await tickAt(noonOn(month, firstWorkingDay(month)));
    await tickAt(new Date(noonOn(month, firstWorkingDay(month)).getTime() + 3 * 3600_000));
    const [julieReminder] = await mail.waitFor(to(julie.email));
    expect(julieReminder?.subject).toBe(`Log your SSI for ${enMonth}`);
    expect((await mail.waitFor(to(benoit.email)))[0]?.subject).toBe(`Saisissez votre SSI de ${frMonth}`);
    // A message one may stop says how, both ways (RFC 8058 one-click, and a page).
    expect(julieReminder?.header("list-unsubscribe")).toMatch(/^<http:\/\/127\.0\.0\.1:3999\/api\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    expect(julieReminder?.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(julieReminder?.text).toContain("http://127.0.0.1:3999/log");
    expect(julieReminder?.html).toContain('href="http://127.0.0.1:3999/log"');

    // Julie logs 72: Gold. She corrects it to 73: still one "reached".
    const input = (total: number) => scoreInputSchema(current).parse({ month, brand: String(total / 4), people: String(total / 4), insights: String(total / 4), relationships: String(total / 4) });
    await saveScore({ userId: julie.id, actorId: julie.id, input: input(72), source: "FORM" });
    expect((await mail.waitFor((m) => to(julie.email)(m) && m.subject === "You reached Gold"))[0]?.text).toContain(`with 72 in ${enMonth}`);
    await hooks.waitFor((r) => r.path === "/slack/north");
    await hooks.waitFor((r) => r.path === "/teams/sales");
    // Kill one worker while the queues run; another takes its place. It dies between deliveries: one killed in
    // the instant after a receiver took a message and before its "sent" is written sends it again when its job
    // is retried (at least once, never lost: README, Notifications); the last test kills one holding a job.
    await settled();
    killWorker(workers[0]);
    await startWorker();
    await saveScore({ userId: julie.id, actorId: julie.id, input: input(73), source: "FORM" });

    // Three days before the end: the last call goes only to Benoît, who has not logged; the manager gets the digest.
    await tickAt(noonOn(month, daysIn(month) - 3));
    expect((await mail.waitFor((m) => to(benoit.email)(m) && m.subject.startsWith("Plus que 3 jours")))[0]?.text).toContain(frMonth);
    const [digest] = await mail.waitFor(to(manager.email));
    expect(digest?.subject).toBe(`${enMonth}: 1 rep has not logged`);
    expect(digest?.text).toContain("- Benoît Rep");

    // The month closes: the admin gets the payouts (in French), Julie her win, the manager the summary, the channels the winners.
    await closeMonth(admin.id, month, null);
    const [closed] = await mail.waitFor(to(admin.email));
    expect(closed?.subject).toBe(`${frMonth} clôturé : les primes`);
    expect(closed?.text).toMatch(/Total : 150,00\s€/);
    expect((await mail.waitFor((m) => to(julie.email)(m) && m.subject === "You won Restaurant +10"))[0]?.text).toContain("Dinner");
    expect((await mail.waitFor((m) => to(manager.email)(m) && m.subject.includes("is closed")))[0]?.text).toContain("Julie Rep: Restaurant +10");
    await hooks.waitFor((r) => r.path === "/teams/sales" && JSON.stringify(r.json).includes("Restaurant +10"));

    await settled();
    // Exactly these, each once.
    const subjects = (address: string) => mail.received.filter(to(address)).map((m) => m.subject).sort();
    expect(subjects(julie.email)).toEqual([`Log your SSI for ${enMonth}`, "You reached Gold", "You won Restaurant +10"].sort());
    expect(subjects(benoit.email)).toEqual([`Plus que 3 jours pour saisir votre SSI de ${frMonth}`, `Saisissez votre SSI de ${frMonth}`].sort());
    expect(subjects(manager.email)).toEqual([`${enMonth}: 1 rep has not logged`, `${enMonth} is closed: the results`].sort());
    expect(subjects(admin.email)).toEqual([`${frMonth} clôturé : les primes`]);
    const posted = (p: string) => hooks.received.filter((r) => r.path === p).map((r) => (r.json as { text?: string; attachments?: { content: { body: { text: string }[] } }[] }));
    // Slack: the team's Gold and the team's winners; Teams (the company's): the same two.
    expect(posted("/slack/north").map((b) => b.text)).toEqual([`Julie Rep reached Gold with 72 in ${enMonth}`, `${enMonth}: the winners`]);
    expect(posted("/teams/sales").map((b) => b.attachments?.[0]?.content.body[0]?.text)).toEqual([`Julie Rep reached Gold with 72 in ${enMonth}`, `${enMonth}: the winners`]);
    const statuses = await testDb().notification.groupBy({ by: ["status"], _count: true });
    // Every message stored is one that arrived, and arrived once.
    expect(statuses).toEqual([{ status: "sent", _count: mail.received.length + hooks.received.length }]);
    expect(mail.received.length + hooks.received.length).toBe(12);
  }, 240_000);

  it("sends nothing for a write that rolled back", async () => {
    const team = await createTeam();
    const rep = await createUser({ teamId: team.id, name: "Rolled Back" });
    const kept = await createUser({ teamId: team.id, name: "Committed" });
    const { companyMonth } = await import("../../features/settings/data");
    const month = await companyMonth();
    await testDb().tierSet.create({ data: { effectiveFrom: monthToDate(month), tiers: { create: [{ name: "Platinum", minTotal: 80, rewardText: "Trip" }] } } });
    await expect(
      testDb().$transaction(async (tx) => {
        await tx.scoreEntry.create({ data: { userId: rep.id, month: monthToDate(month), total: 90, brand: 22.5, people: 22.5, insights: 22.5, relationships: 22.5 } });
        throw new Error("the request failed after the write");
      }),
    ).rejects.toThrow("the request failed");
    await createScore(kept.id, month, 90);
    // The committed write's message arrives; by then the relay has been through the rolled-back one's place in the outbox too.
    expect((await mail.waitFor(to(kept.email)))[0]?.subject).toBe("You reached Platinum");
    await settled();
    expect(mail.received.filter(to(rep.email))).toEqual([]);
    expect(await testDb().outboxEvent.count({ where: { payload: { path: ["userId"], equals: rep.id } } })).toBe(0);
  }, 120_000);

  it("keeps a channel message that kept failing, with the answer, and tells the admins", async () => {
    const { deliver } = await import("../../features/notifications/deliver");
    const channel = await testDb().notificationChannel.findFirstOrThrow({ where: { name: "#north" } });
    const admin = await testDb().user.findFirstOrThrow({ where: { name: "Anne Admin" } });
    hooks.answer(500, "invalid_token");
    const message = await testDb().notification.create({
      data: { key: `test-failure:${Date.now()}`, kind: "channel-tier-reached", medium: "slack", channelId: channel.id, locale: "en", payload: { kind: "channel-tier-reached", name: "X", month: "2027-01", tier: "Gold", total: null } },
    });
    // Its last attempt (pg-boss's retry count at its limit).
    await expect(deliver(message.id, { retryCount: 9, retryLimit: 9 })).rejects.toThrow("the channel answered 500 invalid_token");
    expect(await testDb().notification.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "failed", attempts: 1, lastError: "the channel answered 500 invalid_token" });
    const [told] = await mail.waitFor((m) => m.to === admin.email && m.subject.startsWith("Un message pour #north"));
    expect(told?.text).toContain("invalid_token");
    hooks.answer(200);
  }, 60_000);

  it("runs again the delivery of a worker that died holding it", async () => {
    // What the tests before left in the queues is delivered first: the job taken below is this test's own.
    await settled();
    for (const worker of workers) killWorker(worker);
    const { createPerson } = await import("../../features/people/mutations");
    const admin = await createUser({ role: "ADMIN" });
    const email = `held-${Date.now()}@test.example`;
    await createPerson(admin.id, { name: "Held Job", email, role: "REP", teamId: null, managedTeamIds: [] });
    // No worker runs: relay the event here, then take its delivery job and "die" with it (never complete it).
    const { relayOutbox, DELIVER_QUEUE } = await import("../../features/notifications/mutations");
    await relayOutbox(sender);
    const [held] = await sender.fetch<{ id: string }>(DELIVER_QUEUE);
    const invitation = await testDb().notification.findFirstOrThrow({ where: { kind: "invitation", user: { email } } });
    expect(held?.data.id).toBe(invitation.id);
    // Its lease, two minutes in production, is cut short so that the test does not wait for it.
    await testDb().$executeRaw`UPDATE pgboss.job SET expire_in = interval '1 second' WHERE id = ${held?.id}::uuid`;
    await new Promise((r) => setTimeout(r, 1500));
    // pg-boss's supervision (every 30 s in a worker) finds the lost job; run it now. The job then waits its retry delay (30 s).
    await sender.maintain();
    // The retry is the same job row: give it back its real lease, or a slow retry (a loaded machine) expires too and is counted twice.
    await testDb().$executeRaw`UPDATE pgboss.job SET expire_in = interval '120 seconds' WHERE id = ${held?.id}::uuid`;
    await startWorker();
    const [message] = await mail.waitFor((m) => m.to === email, 1, 100_000);
    expect(message?.subject).toBe("You are invited to SSI Board");
    await settled();
    expect(mail.received.filter((m) => m.to === email)).toHaveLength(1);
    const [job] = await testDb().$queryRaw<{ state: string; retry_count: number }[]>`SELECT state, retry_count FROM pgboss.job WHERE id = ${held?.id}::uuid`;
    expect(job).toEqual({ state: "completed", retry_count: 1 });
  }, 180_000);
});

