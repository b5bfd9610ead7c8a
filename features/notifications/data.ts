import "server-only";
import { db } from "@/platform/db/prisma";
import { DEFAULT_LOCALE, type AppLocale } from "@/platform/i18n/config";
import { getSettings } from "@/features/settings";
import type { Role } from "@/platform/auth/permissions";
import type { SwitchableKind } from "./kinds";
import { monthToDate, type Month } from "@/platform/time/month";

export interface Recipient {
  id: string;
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
  locale: AppLocale;
}

/** The scopes a switch can be set at. */
export const scopes = {
  company: "company",
  team: (id: string) => `team:${id}`,
  user: (id: string) => `user:${id}`,
  channel: (id: string) => `channel:${id}`,
} as const;

/** The switches set at these scopes (every scope: all of them); a kind with no row at a scope is on there. */
export async function readSwitches(scopeList?: readonly string[]): Promise<Map<string, boolean>> {
  const rows = await db().notificationSetting.findMany({ where: scopeList ? { scope: { in: [...scopeList] } } : {} });
  return new Map(rows.map((row) => [`${row.scope}\n${row.kind}`, row.enabled]));
}

/**
 * Whether `kind` reaches a recipient at these scopes: every one of them must
 * leave it on. The admin's company and team switches are the ceiling; a
 * person (or a channel) can only turn a kind off for themselves.
 */
export function switchedOn(switches: Map<string, boolean>, kind: SwitchableKind, scopeList: readonly string[]): boolean {
  return scopeList.every((scope) => switches.get(`${scope}\n${kind}`) !== false);
}

/** The scopes that decide a person's messages. */
export const personScopes = (person: { id: string; teamId: string | null }) => [
  scopes.company,
  ...(person.teamId ? [scopes.team(person.teamId)] : []),
  scopes.user(person.id),
];

/** The language a person reads: their own choice, else the company's, else English. */
async function localeOf(chosen: AppLocale | null): Promise<AppLocale> {
  return chosen ?? (await getSettings()).defaultLocale ?? DEFAULT_LOCALE;
}

const RECIPIENT = { id: true, name: true, email: true, role: true, teamId: true, locale: true } as const;

async function asRecipients(rows: { id: string; name: string; email: string; role: Role; teamId: string | null; locale: AppLocale | null }[]): Promise<Recipient[]> {
  const fallback = await localeOf(null);
  return rows.map((row) => ({ ...row, locale: row.locale ?? fallback }));
}

/** An active person by id, or null. */
export async function findRecipient(id: string): Promise<Recipient | null> {
  const row = await db().user.findFirst({ where: { id, active: true }, select: RECIPIENT });
  return row ? ((await asRecipients([row]))[0] ?? null) : null;
}

/** Active people (for an account link: active, password set or not). */
export async function recipientsWhere(where: { role?: Role | Role[]; teamIds?: readonly string[]; ids?: readonly string[] }): Promise<Recipient[]> {
  const rows = await db().user.findMany({
    where: {
      active: true,
      ...(where.role ? { role: Array.isArray(where.role) ? { in: where.role } : where.role } : {}),
      ...(where.teamIds ? { teamId: { in: [...where.teamIds] } } : {}),
      ...(where.ids ? { id: { in: [...where.ids] } } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: RECIPIENT,
  });
  return asRecipients(rows);
}

/** The managers of active teams, each with the teams they run. */
export async function managersWithTeams(): Promise<(Recipient & { teamIds: string[] })[]> {
  const rows = await db().user.findMany({
    where: { active: true, role: "MANAGER", managedTeams: { some: { team: { archivedAt: null } } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { ...RECIPIENT, managedTeams: { where: { team: { archivedAt: null } }, select: { teamId: true } } },
  });
  const recipients = await asRecipients(rows);
  return recipients.map((r, i) => ({ ...r, teamIds: rows[i]?.managedTeams.map((m) => m.teamId) ?? [] }));
}

/** The Slack and Teams channels a message about `teamId` goes to: the company's and the team's. */
export async function channelsFor(teamId: string | null) {
  return db().notificationChannel.findMany({
    where: { OR: [{ teamId: null }, ...(teamId ? [{ teamId }] : [])] },
    orderBy: { createdAt: "asc" },
  });
}

/** Each rep's total of `month` ("72.5"), for those who logged it. */
export async function totalsOf(month: Month): Promise<Map<string, string>> {
  const rows = await db().scoreEntry.findMany({ where: { month: monthToDate(month) }, select: { userId: true, total: true } });
  return new Map(rows.map((row) => [row.userId, row.total.toString()]));
}

/** A queued message with what its delivery needs: the person's address, the channel's sealed URL. */
export async function findQueuedMessage(id: string) {
  const message = await db().notification.findUnique({
    where: { id },
    include: { user: { select: { email: true, active: true, teamId: true } }, channel: { select: { urlSealed: true, name: true } } },
  });
  return message ? { ...message, channelName: message.channel?.name ?? null } : null;
}

/** The channels, newest last, with what the pages may show of them (never the URL). */
export async function listChannels() {
  return db().notificationChannel.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, medium: true, name: true, teamId: true, urlHint: true, createdAt: true, team: { select: { name: true } } },
  });
}

export async function findChannel(id: string) {
  return db().notificationChannel.findUnique({ where: { id } });
}

/** The latest messages, newest first: what was sent, what failed and why, what waits. */
export async function deliveryLog(limit = 50) {
  return db().notification.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, medium: true, status: true, attempts: true, lastError: true, response: true, notBefore: true, createdAt: true, sentAt: true, user: { select: { name: true } }, channel: { select: { name: true } } },
  });
}

export interface FailedJob {
  id: string;
  queue: string;
  failedAt: string;
  error: string;
}

/** Jobs that kept failing, newest first, with their last error (pg-boss keeps them "failed"). */
export async function failedJobs(limit = 20): Promise<FailedJob[]> {
  const [installed] = await db().$queryRaw<{ present: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
  if (!installed?.present) return [];
  const rows = await db().$queryRaw<{ id: string; name: string; completed_on: Date | null; output: unknown }[]>`
    SELECT id::text, name, completed_on, output FROM pgboss.job WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    queue: row.name,
    failedAt: (row.completed_on ?? new Date(0)).toISOString(),
    error: typeof row.output === "object" && row.output && "message" in row.output ? String((row.output as { message: unknown }).message) : JSON.stringify(row.output ?? ""),
  }));
}

/** Outbox events set aside because they could not be turned into messages. */
export async function setAsideEvents(limit = 20) {
  return db().outboxEvent.findMany({ where: { error: { not: null } }, orderBy: { id: "desc" }, take: limit, select: { kind: true, error: true, createdAt: true } });
}

/** Whether any Slack or Teams channel is set up. */
export async function anyChannel(): Promise<boolean> {
  return (await db().notificationChannel.count()) > 0;
}
