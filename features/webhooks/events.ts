// What an outgoing webhook receives: the events, and each body's shape as a
// zod schema. The same schemas describe the payloads in the OpenAPI document
// (its "webhooks"), and the tests check what a receiver got against them.
import { z } from "zod";

export const WEBHOOK_EVENTS = ["score.logged", "goal.achieved", "tier.reached", "month.closed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const isWebhookEvent = (value: unknown): value is WebhookEvent => WEBHOOK_EVENTS.includes(value as WebhookEvent);

/** The body's version: a change a receiver would notice (a field renamed or removed) makes a new one; new fields do not. */
export const PAYLOAD_VERSION = 1;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).describe("A month, YYYY-MM.");
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).describe("A decimal number as a string, e.g. \"71.5\": never a float.");

const person = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    team: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .describe("The rep the event is about.");

const envelope = <T extends string, D extends z.ZodType>(type: T, data: D, description: string) =>
  z
    .object({
      id: z.string().describe("The event's id: the same on every retry, so a receiver can drop a repeat."),
      type: z.literal(type),
      version: z.literal(PAYLOAD_VERSION),
      createdAt: z.iso.datetime().describe("When the event happened."),
      data,
    })
    .describe(description);

export const WEBHOOK_PAYLOADS = {
  "score.logged": envelope(
    "score.logged",
    z.object({ person, month, total: decimal, source: z.enum(["FORM", "PASTE", "API", "IMPORT"]).describe("How it came in: the form, a paste from LinkedIn, the API or an import.") }),
    "A score was logged or corrected (typed, pasted, imported or sent by the API).",
  ),
  "tier.reached": envelope(
    "tier.reached",
    z.object({ person, month, total: decimal, tier: z.object({ name: z.string(), minTotal: decimal }) }),
    "A rep's score reached a tier for the month: once per rep, month and tier, however often the score is corrected.",
  ),
  "goal.achieved": envelope(
    "goal.achieved",
    z.object({ person, month, total: decimal, goal: z.object({ id: z.string(), target: decimal, dueMonth: month }) }),
    "A rep reached their personal goal (a score at or above its target in a month up to its due month): once per goal.",
  ),
  "month.closed": envelope(
    "month.closed",
    z.object({
      month,
      paid: z.number().int().min(0).describe("How many people the month pays or rewards."),
      totals: z.record(z.string(), decimal).describe("The payout totals, by currency (ISO 4217 code)."),
      reportUrl: z.url(),
    }),
    "A month was closed: its scores and payouts are final. A month reopened and closed again sends a new event.",
  ),
  ping: envelope("ping", z.object({ webhookId: z.string() }), "Sent by the \"send a test\" button."),
} as const;

export type WebhookBody<E extends keyof typeof WEBHOOK_PAYLOADS> = z.infer<(typeof WEBHOOK_PAYLOADS)[E]>;
