import "server-only";
// What each outbox event and each scheduled moment sends, to whom: the
// messages as drafts, each with its idempotency key. Switched-off kinds are
// left out here, so that a message nobody wants is never even queued.
import { companyMonth, getSettings } from "@/features/settings";
import { closedMonths, findChallenge, nextTier, notLoggedIn, readPayouts, tierFor, tierSets, tiersInForce, type TierDef } from "@/features/incentives";
import { findTeam } from "@/features/people";
import { mailEnabled } from "@/platform/mail/transport";
import { addMonths, type Month } from "@/platform/time/month";
import type { AppLocale } from "@/platform/i18n/config";
import { anyChannel, channelsFor, findRecipient, managersWithTeams, personScopes, readSwitches, recipientsWhere, scopes, switchedOn, totalsOf, type Recipient } from "./data";
import type { Medium, NotificationKind, SwitchableKind } from "./kinds";
import type { MessagePayload } from "./messages";
import { unsealLink } from "@/platform/outbox/outbox-mutations";
import { toMilli } from "@/platform/numbers/decimal";
import { hasScores } from "@/platform/auth/permissions";
import type { Due } from "./schedule";

export interface Draft {
  key: string;
  kind: NotificationKind;
  medium: Medium;
  userId: string | null;
  channelId: string | null;
  locale: AppLocale;
  payload: MessagePayload;
  /** Account messages are never held by the daily limit. */
  limited: boolean;
}

export type OutboxEventRow = { id: string; kind: string; payload: Record<string, unknown> };

async function toPeople(kind: SwitchableKind, people: readonly Recipient[], key: (p: Recipient) => string, payload: (p: Recipient) => MessagePayload): Promise<Draft[]> {
  if (!mailEnabled() || people.length === 0) return [];
  const switches = await readSwitches([...new Set(people.flatMap(personScopes))]);
  return people
    .filter((person) => switchedOn(switches, kind, personScopes(person)))
    .map((person) => ({ key: key(person), kind, medium: "email", userId: person.id, channelId: null, locale: person.locale, payload: payload(person), limited: true }));
}

async function toChannels(kind: SwitchableKind, teamId: string | null, key: (channelId: string) => string, payload: MessagePayload): Promise<Draft[]> {
  const channels = await channelsFor(teamId);
  if (channels.length === 0) return [];
  const settings = await getSettings();
  const switches = await readSwitches([scopes.company, ...(teamId ? [scopes.team(teamId)] : []), ...channels.map((c) => scopes.channel(c.id))]);
  const teamScopes = [scopes.company, ...(teamId ? [scopes.team(teamId)] : [])];
  return channels
    .filter((channel) => switchedOn(switches, kind, [...teamScopes, scopes.channel(channel.id)]))
    .map((channel) => ({
      key: key(channel.id),
      kind,
      medium: channel.medium as Medium,
      userId: null,
      channelId: channel.id,
      locale: settings.defaultLocale ?? "en",
      payload,
      limited: true,
    }));
}

/** Months whose news is still news: the company's month and the one before it, if not closed. */
async function isLive(month: Month): Promise<boolean> {
  const current = await companyMonth();
  return (month === current || month === addMonths(current, -1)) && !(await closedMonths()).has(month);
}

async function scoreLogged(payload: { userId: string; month: Month; total: string }): Promise<Draft[]> {
  const rep = await findRecipient(payload.userId);
  if (!rep || !hasScores(rep.role) || !(await isLive(payload.month))) return [];
  const tier = tierFor(tiersInForce(await tierSets(), payload.month), payload.total);
  if (!tier) return [];
  // One "reached" per tier and month: a correction, a re-save or a drop and a climb back send nothing more.
  const key = (medium: string, id: string) => `tier-reached:${medium}:${id}:${payload.month}:${tier.minTotal}`;
  const settings = await getSettings();
  const total = settings.repsSeeScores ? payload.total : null;
  return [
    ...(await toPeople("tier-reached", [rep], (p) => key("user", p.id), (p) => ({ kind: "tier-reached", name: p.name, month: payload.month, tier: tier.name, minTotal: tier.minTotal, total: payload.total }))),
    // Channels follow the privacy setting: when reps see names only, no SSI figure.
    ...(await toChannels("channel-tier-reached", rep.teamId, (id) => key("channel", id), { kind: "channel-tier-reached", name: rep.name, month: payload.month, tier: tier.name, total })),
  ];
}

async function challengeCreated(payload: { challengeId: string }): Promise<Draft[]> {
  const challenge = await findChallenge(payload.challengeId);
  if (!challenge || challenge.to < (await companyMonth())) return [];
  const reps = await recipientsWhere({ role: "REP", ...(challenge.teamId ? { teamIds: [challenge.teamId] } : {}) });
  const name = challenge.teamId ? ((await findTeam(challenge.teamId))?.name ?? null) : null;
  return toPeople("challenge-new", reps, (p) => `challenge-new:${p.id}:${challenge.id}`, (p) => ({
    kind: "challenge-new",
    name: p.name,
    challengeId: challenge.id,
    title: challenge.title,
    from: challenge.from,
    to: challenge.to,
    reward: challenge.reward,
    teamName: name,
  }));
}

async function monthClosed(payload: { month: Month }): Promise<Draft[]> {
  const { month } = payload;
  const { report } = await readPayouts(month, null);
  const paid = report.rows.filter((row) => Object.keys(row.amounts).length > 0 || row.tier !== null || row.challenges.length > 0);
  const winners = report.rows.flatMap((row) => row.challenges.map((c) => ({ userId: row.userId, teamId: row.teamId, name: row.name, title: c.title, reward: c.reward, challengeId: c.challengeId })));
  const admins = await recipientsWhere({ role: "ADMIN" });
  const drafts: Draft[] = [
    ...(await toPeople("month-closed", admins, (p) => `month-closed:${p.id}:${month}`, (p) => ({ kind: "month-closed", name: p.name, month, totals: report.totals.overall, paid: paid.length }))),
  ];
  const winnerPeople = await recipientsWhere({ ids: [...new Set(winners.map((w) => w.userId))] });
  for (const win of winners) {
    const person = winnerPeople.find((p) => p.id === win.userId);
    if (!person) continue;
    drafts.push(...(await toPeople("challenge-won", [person], (p) => `challenge-won:${p.id}:${win.challengeId}`, (p) => ({ kind: "challenge-won", name: p.name, month, title: win.title, reward: win.reward }))));
  }
  for (const manager of await managersWithTeams()) {
    const mine = (teamId: string | null) => teamId !== null && manager.teamIds.includes(teamId);
    drafts.push(
      ...(await toPeople("month-summary", [manager], (p) => `month-summary:${p.id}:${month}`, (p) => ({
        kind: "month-summary",
        name: p.name,
        month,
        winners: winners.filter((w) => mine(w.teamId)).map((w) => ({ name: w.name, title: w.title })),
        tiers: report.rows.flatMap((r) => (mine(r.teamId) && r.tier ? [{ name: r.name, tier: r.tier.name }] : [])),
      }))),
    );
  }
  // Channels: the company's hear every winner, a team's its own.
  const channelTeams = new Set<string | null>([null, ...winners.map((w) => w.teamId)]);
  for (const teamId of channelTeams) {
    const shown = winners.filter((w) => teamId === null || w.teamId === teamId);
    drafts.push(
      ...(await toChannels("channel-month-winners", teamId, (id) => `channel-month-winners:${id}:${month}`, {
        kind: "channel-month-winners",
        month,
        winners: shown.map((w) => ({ name: w.name, what: w.title })),
      })),
    );
  }
  // A company channel is found again for every team: the first draft of a key (the company's, with every winner) stands.
  return drafts.filter((draft, i, all) => all.findIndex((d) => d.key === draft.key) === i);
}

async function accountLink(payload: { userId: string; purpose: string; link: string; expiresAt: string }): Promise<Draft[]> {
  if (!mailEnabled()) return [];
  const person = await findRecipient(payload.userId);
  const link = unsealLink(payload.link);
  if (!person || !link) return [];
  const kind = payload.purpose === "reset" ? "password-reset" : "invitation";
  // Each link is its own message: a new link sent again is a new message.
  return [{ key: `${kind}:${person.id}:${payload.link.slice(-24)}`, kind, medium: "email", userId: person.id, channelId: null, locale: person.locale, payload: { kind, name: person.name, link, expiresAt: payload.expiresAt }, limited: false }];
}

/** The messages an outbox event sends. */
export async function planEvent(event: OutboxEventRow): Promise<Draft[]> {
  const payload = event.payload as never;
  // Email off and no channel: nothing can be sent, so nothing is read (an import's thousands of events cost a query each).
  if (!mailEnabled() && !(await anyChannel())) return [];
  switch (event.kind) {
    case "score.logged":
      return scoreLogged(payload);
    case "challenge.created":
      return challengeCreated(payload);
    case "month.closed":
      return monthClosed(payload);
    case "account.link":
      return accountLink(payload);
    default:
      return [];
  }
}

/** How close to the next tier a rep is "close" in the managers' digest. */
const CLOSE_POINTS = 5;

/** The messages due at a scheduled moment of `month`. */
export async function planDue(month: Month, due: readonly Due[]): Promise<Draft[]> {
  const drafts: Draft[] = [];
  // The scheduled messages are all emails.
  if (due.length === 0 || !mailEnabled() || (await closedMonths()).has(month)) return drafts;
  const missing = await notLoggedIn(month);
  const missingReps = await recipientsWhere({ role: "REP", ids: missing.map((m) => m.userId) });
  for (const kind of due) {
    if (kind === "log-reminder" || kind === "log-last-call") {
      drafts.push(...(await toPeople(kind, missingReps, (p) => `${kind}:${p.id}:${month}`, (p) => ({ kind, name: p.name, month }))));
    }
  }
  if (due.includes("manager-digest")) {
    const tiers: readonly TierDef[] = tiersInForce(await tierSets(), month);
    const reps = await recipientsWhere({ role: "REP" });
    const totals = await totalsOf(month);
    for (const manager of await managersWithTeams()) {
      const team = reps.filter((r) => r.teamId !== null && manager.teamIds.includes(r.teamId));
      const close = team.flatMap((rep) => {
        const total = totals.get(rep.id);
        if (total === undefined) return [];
        const next = nextTier(tiers, total);
        return next && toMilli(next.needs) <= CLOSE_POINTS * 1000 ? [{ name: rep.name, needs: next.needs, tier: next.tier.name }] : [];
      });
      drafts.push(
        ...(await toPeople("manager-digest", [manager], (p) => `manager-digest:${p.id}:${month}`, (p) => ({
          kind: "manager-digest",
          name: p.name,
          month,
          missing: missing.filter((m) => team.some((r) => r.id === m.userId)).map((m) => m.name),
          close,
        }))),
      );
    }
  }
  return drafts;
}

/** The admins' messages about a message that kept failing (never about one of these: no loop). */
export async function planFailure(failed: { id: string; kind: NotificationKind; to: string; reason: string }): Promise<Draft[]> {
  if (failed.kind === "delivery-failed") return [];
  const admins = await recipientsWhere({ role: "ADMIN" });
  return toPeople("delivery-failed", admins, (p) => `delivery-failed:${p.id}:${failed.id}`, (p) => ({ kind: "delivery-failed", name: p.name, failedKind: failed.kind, to: failed.to, reason: failed.reason.slice(0, 300) }));
}
