// Outgoing webhooks against real parts: the app's PostgreSQL with pg-boss, and
// a local HTTP receiver that checks each signature the way docs/api.md tells
// an integration to.
import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHttpReceiver, type HttpReceiver, type ReceivedRequest } from "../helpers/http-receiver";
import { closeMonth, createScore, createUser, createWebhook, testDb } from "../factories";
import { sessionUserOf } from "./session-user";
import { commandForApi as runForApi } from "../../platform/http/command";
import { toApiError } from "../../platform/http/errors";
import { monthToDate, type Month } from "../../platform/time/month";
import { WEBHOOK_PAYLOADS } from "../../features/webhooks/events";

// The factories seal webhooks as the app does: both read this secret.
process.env.NEXTAUTH_SECRET ??= "integration-webhooks-secret-at-least-32-chars";

let receiver: HttpReceiver;
const SECRET = "whsec_integration-test-secret";

/** A month of its own, far from the other files' tier sets (the tiers in force are the latest set from before the month). */
const month = `2085-${String(1 + (Date.now() % 12)).padStart(2, "0")}` as Month;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3999";
  // Events of the files before this one are not this file's news.
  await testDb().outboxEvent.updateMany({ where: { processedAt: null }, data: { processedAt: new Date() } });
  await testDb().tierSet.create({ data: { effectiveFrom: monthToDate(month), tiers: { create: [{ name: "Silver", minTotal: 60, rewardText: "Bonus" }, { name: "Gold", minTotal: 70, rewardText: "Bonus", rewardAmount: 150, rewardCurrency: "EUR" }] } } });
  const { startNotifications } = await import("../../features/notifications/worker");
  await startNotifications(String(process.env.DATABASE_URL), { work: true });
});

afterAll(async () => {
  const { stopNotifications } = await import("../../features/notifications/worker");
  await stopNotifications();
  await receiver?.close();
});

beforeEach(() => receiver.answer(200));

/** The check docs/api.md shows a receiver: HMAC-SHA256 of "<t>.<raw body>", compared in constant time, and a recent t. */
function verified(request: ReceivedRequest, secret = SECRET): boolean {
  const header = String(request.headers["ssi-signature"] ?? "");
  const parts = Object.fromEntries(header.split(",").map((part) => part.split("=") as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300 || !parts.v1) return false;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${request.body}`).digest();
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const ofType = (path: string, type: string) => (r: ReceivedRequest) => r.path === path && (r.json as { type?: string })?.type === type;

async function admin() {
  const found = await sessionUserOf((await createUser({ role: "ADMIN" })).id);
  if (!found) throw new Error("no admin");
  return found;
}

/** The field codes an API call is refused with. */
async function refusedFields(call: Promise<unknown>) {
  const caught = toApiError(await call.then(() => null, (e: unknown) => e));
  if (!caught) throw new Error("expected a refusal");
  return Object.fromEntries(Object.entries(caught.fields).map(([k, v]) => [k, v.code]));
}

describe("events", () => {
  it("sends a logged score, the tier and the goal it reaches, signed, in the documented shape, and a correction only as a new score", async () => {
    const path = `/hook-${Date.now()}`;
    await createWebhook(receiver.url(path), SECRET);
    const rep = await createUser();
    const goal = await testDb().goal.create({ data: { userId: rep.id, target: 70, dueMonth: monthToDate(month) } });
    await createScore(rep.id, month, 72.5);
    const [logged] = await receiver.waitFor(ofType(path, "score.logged"));
    const [tier] = await receiver.waitFor(ofType(path, "tier.reached"));
    const [achieved] = await receiver.waitFor(ofType(path, "goal.achieved"));
    for (const request of [logged, tier, achieved]) {
      expect(request && verified(request)).toBe(true);
      expect(request?.headers["content-type"]).toBe("application/json");
      const type = (request?.json as { type: keyof typeof WEBHOOK_PAYLOADS }).type;
      expect(request?.headers["ssi-event"]).toBe(type);
      // What arrives is what the OpenAPI document says (the same schemas).
      expect(WEBHOOK_PAYLOADS[type].safeParse(request?.json).success).toBe(true);
    }
    expect(logged?.json).toMatchObject({ version: 1, data: { person: { id: rep.id, email: rep.email }, month, total: "72.5", source: "FORM" } });
    expect(tier?.json).toMatchObject({ data: { month, total: "72.5", tier: { name: "Gold", minTotal: "70" } } });
    expect(achieved?.json).toMatchObject({ data: { goal: { id: goal.id, target: "70", dueMonth: month } } });
    // A wrong secret does not verify: the check can fail.
    expect(logged && verified(logged, "whsec_another")).toBe(false);

    // A correction is a new score.logged; the tier and the goal were reached already.
    await testDb().scoreEntry.update({ where: { userId_month: { userId: rep.id, month: monthToDate(month) } }, data: { total: 73 } });
    await receiver.waitFor(ofType(path, "score.logged"), 2);
    await new Promise((r) => setTimeout(r, 3000));
    expect(receiver.received.filter(ofType(path, "tier.reached"))).toHaveLength(1);
    expect(receiver.received.filter(ofType(path, "goal.achieved"))).toHaveLength(1);
    const log = await testDb().webhookDelivery.findMany({ where: { body: { contains: rep.id } } });
    expect(log.filter((d) => d.status === "sent")).toHaveLength(4);
  });

  it("sends only the events a webhook subscribed to, and a closed month with its payout totals", async () => {
    const path = `/months-${Date.now()}`;
    await createWebhook(receiver.url(path), SECRET, ["month.closed"]);
    const rep = await createUser();
    await createScore(rep.id, month, 75);
    await closeMonth(month);
    const [closed] = await receiver.waitFor(ofType(path, "month.closed"));
    expect(closed && verified(closed)).toBe(true);
    expect(WEBHOOK_PAYLOADS["month.closed"].safeParse(closed?.json).success).toBe(true);
    expect(closed?.json).toMatchObject({ data: { month, reportUrl: `http://127.0.0.1:3999/payouts?month=${month}` } });
    expect(Number((closed?.json as { data: { totals: Record<string, string> } }).data.totals.EUR)).toBeGreaterThanOrEqual(150);
    await new Promise((r) => setTimeout(r, 2000));
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(1);
    await testDb().closedMonth.delete({ where: { month: monthToDate(month) } });
  });
});

describe("deliveries", () => {
  it("keep a refused delivery with the receiver's answer, retry it later with a new signature, and send it once", async () => {
    const path = `/flaky-${Date.now()}`;
    const hookId = await createWebhook(receiver.url(path), SECRET, ["score.logged"]);
    receiver.answer(503, "down for maintenance");
    const rep = await createUser();
    await createScore(rep.id, month, 40);
    const delivery = async () => testDb().webhookDelivery.findFirst({ where: { webhookId: hookId } });
    for (let waited = 0; (await delivery())?.status !== "retrying"; waited += 200) {
      if (waited > 20_000) throw new Error(`the refusal was not recorded: ${JSON.stringify(await delivery())}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await delivery()).toMatchObject({ attempts: 1, lastStatus: 503 });
    expect((await delivery())?.lastError).toContain("down for maintenance");
    receiver.answer(200);
    // The retry is due in 30 s (backing off): bring it forward rather than wait.
    await testDb().$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE name = 'webhook-deliver' AND state = 'retry' AND data->>'id' = ${(await delivery())?.id}`;
    const both = await receiver.waitFor((r) => r.path === path, 2);
    // The same event (same id, same bytes), each attempt signed afresh.
    expect(both[1]?.body).toBe(both[0]?.body);
    expect(both.every((r) => verified(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 2000));
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(2);
    expect(await delivery()).toMatchObject({ status: "sent", attempts: 2, lastStatus: 200 });
  });

  it("never reach a private address the webhook was not allowed, and do not retry it", async () => {
    const path = `/private-${Date.now()}`;
    const hookId = await createWebhook(receiver.url(path), SECRET, ["score.logged"], false);
    const rep = await createUser();
    await createScore(rep.id, month, 41);
    const delivery = async () => testDb().webhookDelivery.findFirst({ where: { webhookId: hookId } });
    for (let waited = 0; (await delivery())?.status !== "failed"; waited += 200) {
      if (waited > 20_000) throw new Error(`the refusal was not recorded: ${JSON.stringify(await delivery())}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await delivery())?.lastError).toContain("private network");
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(0);
  });
});

describe("registration", () => {
  const commandForApi: typeof runForApi = (user, definition, body) => runForApi(user, { ...definition, revalidate: [] }, body);

  it.each(["http://127.0.0.1:9/hook", "http://localhost/hook", "http://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fd00::1]/hook", "http://192.168.0.10/x", "http://[::ffff:10.0.0.1]/x"])(
    "refuses %s unless private networks are allowed",
    async (url) => {
      const { addWebhookCommand } = await import("../../features/webhooks/commands");
      const user = await admin();
      const before = await testDb().webhook.count();
      expect(await refusedFields(commandForApi(user, addWebhookCommand, { name: "Inside", url, events: ["score.logged"] }))).toEqual({ url: "webhook-private" });
      expect(await testDb().webhook.count()).toBe(before);
    },
  );

  it("refuses what is not an http(s) address, a password in it, and no event", async () => {
    const { addWebhookCommand } = await import("../../features/webhooks/commands");
    const user = await admin();
    for (const url of ["ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "https://user:pass@example.com/x", "not a url", "http://", "https://?x=@y"]) {
      expect(await refusedFields(commandForApi(user, addWebhookCommand, { name: "Bad", url, events: ["score.logged"] }))).toEqual({ url: "webhook-url" });
    }
    expect(await refusedFields(commandForApi(user, addWebhookCommand, { name: "None", url: "http://127.0.0.1/x", events: [], allowPrivateNetwork: true }))).toEqual({ events: "webhook-events" });
    expect(await refusedFields(commandForApi(user, addWebhookCommand, { name: "Odd", url: "http://127.0.0.1/x", events: ["score.deleted"], allowPrivateNetwork: true }))).toEqual({ "events.0": "webhook-events" });
  });

  it("adds an allowed one with its secret sealed, shows the secret once, and its test ping is signed with it", async () => {
    const { addWebhookCommand, testWebhookCommand } = await import("../../features/webhooks/commands");
    const user = await admin();
    const url = receiver.url(`/added-${Date.now()}?token=secret-token-xyz-abcd`);
    const added = await commandForApi(user, addWebhookCommand, { name: "Zapier", url, events: ["tier.reached", "tier.reached"], allowPrivateNetwork: true });
    expect(added.secret).toMatch(/^whsec_/);
    const row = await testDb().webhook.findUniqueOrThrow({ where: { id: added.id } });
    expect(row.events).toEqual(["tier.reached"]);
    // Neither the URL nor the secret is stored in clear.
    expect(JSON.stringify(row)).not.toContain("secret-token-xyz");
    expect(JSON.stringify(row)).not.toContain(added.secret);
    expect(row.urlHint).toMatch(/^127\.0\.0\.1:\d+\/…abcd$/);
    const answer = await commandForApi(user, testWebhookCommand, { webhookId: added.id });
    expect(answer).toEqual({ ok: true, answer: "200 ok" });
    const [ping] = await receiver.waitFor((r) => r.path.startsWith("/added-") && (r.json as { type?: string })?.type === "ping");
    expect(ping && verified(ping, added.secret)).toBe(true);
    expect(WEBHOOK_PAYLOADS.ping.safeParse(ping?.json).success).toBe(true);
  });
});
