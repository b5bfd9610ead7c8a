import "server-only";
// Which deliveries an outbox event makes: one per webhook that subscribed to
// each event it gives rise to, each with an idempotency key, and a body fixed
// now (every retry sends the same bytes). Webhooks are the admin's own
// integrations: they receive the figures whatever the board's privacy settings.
import { readPayouts, tierFor, tierSets, tiersInForce } from "@/features/incentives";
import { appUrl } from "@/platform/config/app-url";
import { toMilli } from "@/platform/numbers/decimal";
import { dateToMonth, monthToDate, type Month } from "@/platform/time/month";
import { goalsDueFrom, personOf, webhooksFor } from "./data";
import { PAYLOAD_VERSION, type WebhookEvent } from "./events";

export interface WebhookDraft {
  key: string;
  webhookId: string;
  event: WebhookEvent;
  body: string;
}

export interface OutboxFact {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** The webhook events an outbox event's kind can give rise to. */
const EVENTS_OF: Record<string, readonly WebhookEvent[]> = {
  "score.logged": ["score.logged", "tier.reached", "goal.achieved"],
  "month.closed": ["month.closed"],
};

interface Fact {
  event: WebhookEvent;
  /** What makes it one fact, whatever re-runs it: the key's end. */
  identity: string;
  data: object;
}

async function scoreFacts(fact: OutboxFact, wanted: ReadonlySet<WebhookEvent>): Promise<Fact[]> {
  const { userId, month, total, source } = fact.payload as { userId: string; month: Month; total: string; source: string };
  const person = await personOf(userId);
  if (!person) return [];
  const facts: Fact[] = [];
  // Each write is its own event: a correction is logged again.
  if (wanted.has("score.logged")) facts.push({ event: "score.logged", identity: `event:${fact.id}`, data: { person, month, total, source } });
  if (wanted.has("tier.reached")) {
    const tier = tierFor(tiersInForce(await tierSets(), month), total);
    // One per rep, month and tier: a re-save, a correction or a drop and a climb back send nothing more.
    if (tier) facts.push({ event: "tier.reached", identity: `${userId}:${month}:${tier.minTotal}`, data: { person, month, total, tier: { name: tier.name, minTotal: tier.minTotal } } });
  }
  if (wanted.has("goal.achieved")) {
    for (const goal of await goalsDueFrom(userId, monthToDate(month))) {
      const target = goal.target.toString();
      if (toMilli(total) < toMilli(target)) continue;
      // Once per goal: the first month that reaches it.
      facts.push({ event: "goal.achieved", identity: `goal:${goal.id}`, data: { person, month, total, goal: { id: goal.id, target, dueMonth: dateToMonth(goal.dueMonth) } } });
    }
  }
  return facts;
}

async function monthFacts(fact: OutboxFact): Promise<Fact[]> {
  const { month } = fact.payload as { month: Month };
  const { report } = await readPayouts(month, null);
  const paid = report.rows.filter((row) => Object.keys(row.amounts).length > 0 || row.tier !== null || row.challenges.length > 0).length;
  // Each closing is its own event: a month reopened and closed again is news again.
  return [{ event: "month.closed", identity: `event:${fact.id}`, data: { month, paid, totals: report.totals.overall, reportUrl: appUrl(`/payouts?month=${month}`) } }];
}

/** The body a webhook receives for a fact: the versioned envelope (events.ts). */
export const webhookBody = (id: string, event: string, createdAt: Date, data: object): string =>
  JSON.stringify({ id, type: event, version: PAYLOAD_VERSION, createdAt: createdAt.toISOString(), data });

/** The deliveries an outbox event makes. Nothing is read when no webhook wants what it can give rise to. */
export async function planWebhooks(fact: OutboxFact): Promise<WebhookDraft[]> {
  const possible = EVENTS_OF[fact.kind];
  if (!possible) return [];
  const hooks = await webhooksFor(possible);
  if (hooks.length === 0) return [];
  const wanted = new Set(hooks.flatMap((hook) => hook.events).filter((e): e is WebhookEvent => possible.includes(e as WebhookEvent)));
  const facts = fact.kind === "month.closed" ? await monthFacts(fact) : await scoreFacts(fact, wanted);
  return facts.flatMap(({ event, identity, data }) => {
    // The event's id is the fact's, so the same fact has the same id at every webhook and on every retry.
    const id = `evt_${event.replace(".", "_")}_${identity.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const body = webhookBody(id, event, fact.createdAt, data);
    return hooks.filter((hook) => hook.events.includes(event)).map((hook) => ({ key: `${hook.id}:${event}:${identity}`, webhookId: hook.id, event, body }));
  });
}
