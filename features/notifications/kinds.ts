// What SSI Board sends, and to whom: plain data, no database. A new kind also
// needs its words (messages.ts) and its names in both catalogues
// (kinds.test.ts checks them).
import { administers, hasScores, managesTeams, type Role } from "@/platform/auth/permissions";

export const NOTIFICATION_KINDS = [
  // Account messages: always sent when email is on, no unsubscribe.
  "invitation",
  "password-reset",
  // Reps.
  "log-reminder",
  "log-last-call",
  "tier-reached",
  "challenge-won",
  "challenge-new",
  // Managers.
  "manager-digest",
  "month-summary",
  // Admins.
  "month-closed",
  "delivery-failed",
  // Channels (Slack, Teams).
  "channel-tier-reached",
  "channel-month-winners",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Audience = "account" | "rep" | "manager" | "admin" | "channel";

export const KIND_AUDIENCE: Record<NotificationKind, Audience> = {
  invitation: "account",
  "password-reset": "account",
  "log-reminder": "rep",
  "log-last-call": "rep",
  "tier-reached": "rep",
  "challenge-won": "rep",
  "challenge-new": "rep",
  "manager-digest": "manager",
  "month-summary": "manager",
  "month-closed": "admin",
  "delivery-failed": "admin",
  "channel-tier-reached": "channel",
  "channel-month-winners": "channel",
};

/** The kinds an admin or a person may switch off (account messages are not). */
export const SWITCHABLE_KINDS = NOTIFICATION_KINDS.filter((kind) => KIND_AUDIENCE[kind] !== "account");
export type SwitchableKind = (typeof SWITCHABLE_KINDS)[number];

export const isSwitchableKind = (value: unknown): value is SwitchableKind =>
  typeof value === "string" && (SWITCHABLE_KINDS as readonly string[]).includes(value);

/**
 * The kinds a person of `role` receives, for their own settings page: what
 * plan.ts sends them, by the permission module's own words. A rep's messages
 * go to those who log scores, a manager's to those who run teams, an admin's
 * to those who administer.
 */
export function kindsFor(role: Role): SwitchableKind[] {
  const audiences: Audience[] = [
    ...(hasScores(role) ? (["rep"] as const) : []),
    ...(managesTeams(role) ? (["manager"] as const) : []),
    ...(administers(role) ? (["admin"] as const) : []),
  ];
  return SWITCHABLE_KINDS.filter((kind) => audiences.includes(KIND_AUDIENCE[kind]));
}

export type Medium = "email" | "slack" | "teams";

/**
 * How many messages of one kind a recipient gets in any 24 hours: one for
 * a person; a channel, which many people read, takes a few more. Beyond
 * that a message waits for the next free slot (never dropped).
 */
export const DAILY_LIMIT: Record<"person" | "channel", number> = { person: 1, channel: 20 };

/** When a message whose recipient already has `recent` of its kind (their notBefore, any order) in the window may go. */
export function nextFreeSlot(recent: readonly Date[], limit: number, now: Date): Date {
  const DAY = 24 * 60 * 60 * 1000;
  const sorted = [...recent].map((d) => d.getTime()).sort((a, b) => a - b);
  // The slots are the latest `limit` sends: the new one waits until the oldest of them is a day old.
  const oldestOfWindow = sorted[sorted.length - limit];
  if (oldestOfWindow === undefined) return now;
  return new Date(Math.max(now.getTime(), oldestOfWindow + DAY));
}

/** The labels of the keys (platform/security/seal.ts) that seal an unsubscribe link and a channel's URL. */
export const SEAL_LABELS = { unsubscribe: "notification-unsubscribe", channelUrl: "notification-channel-url" } as const;
