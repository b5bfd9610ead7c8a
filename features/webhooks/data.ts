import "server-only";
import { db } from "@/platform/db/prisma";
import type { WebhookEvent } from "./events";

const LISTED = { id: true, name: true, urlHint: true, events: true, allowPrivateNetwork: true, createdAt: true } as const;

/** Every webhook, oldest first, without its secrets. */
export const listWebhooks = () => db().webhook.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: LISTED });

export const findWebhook = (id: string) => db().webhook.findUnique({ where: { id } });

/** The webhooks that receive any of `events` (none: nothing about an event is read). */
export const webhooksFor = (events: readonly WebhookEvent[]) =>
  db().webhook.findMany({ where: { events: { hasSome: [...events] } }, select: { id: true, events: true } });

/** The latest deliveries of one webhook (null: of every one), newest first, each with its webhook's name. */
export const latestDeliveries = (webhookId: string | null, take: number) =>
  db().webhookDelivery.findMany({
    where: webhookId ? { webhookId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, event: true, status: true, attempts: true, lastStatus: true, lastError: true, createdAt: true, attemptedAt: true, sentAt: true, webhook: { select: { name: true } } },
  });

export const findDelivery = (id: string) => db().webhookDelivery.findUnique({ where: { id }, include: { webhook: true } });

/** A rep as a payload names them. */
export async function personOf(userId: string) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, team: { select: { id: true, name: true } } } });
  return user ? { id: user.id, name: user.name, email: user.email, team: user.team } : null;
}

/** The rep's goals still open in `month` (due then or later). */
export const goalsDueFrom = (userId: string, month: Date) =>
  db().goal.findMany({ where: { userId, dueMonth: { gte: month } }, select: { id: true, target: true, dueMonth: true }, orderBy: { dueMonth: "asc" } });
