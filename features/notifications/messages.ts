// What each message says, in the recipient's language: one place for every
// kind and every medium (email, Slack, Teams). Plain templates rather than
// react-email: a message is a subject, a few paragraphs, lists and one
// button, which this file draws as HTML and as plain text from the same
// words, with no renderer to bundle (README, "Notifications").
import { formatMonth, formatScore } from "@/platform/i18n/format";
import type { AppLocale } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { numberFormat, dateTimeFormat } from "@/platform/intl/formats";
import type { Month } from "@/platform/time/month";
import type { Reward } from "@/features/incentives";
import type { NotificationKind } from "./kinds";

export type MessagePayload =
  | { kind: "invitation" | "password-reset"; name: string; link: string; expiresAt: string }
  | { kind: "log-reminder" | "log-last-call"; name: string; month: Month }
  | { kind: "tier-reached"; name: string; month: Month; tier: string; minTotal: string; total: string | null }
  | { kind: "challenge-won"; name: string; month: Month; title: string; reward: Reward }
  | { kind: "challenge-new"; name: string; challengeId: string; title: string; from: Month; to: Month; reward: Reward; teamName: string | null }
  | { kind: "manager-digest"; name: string; month: Month; missing: string[]; close: { name: string; needs: string; tier: string }[] }
  | { kind: "month-summary"; name: string; month: Month; winners: { name: string; title: string }[]; tiers: { name: string; tier: string }[] }
  | { kind: "month-closed"; name: string; month: Month; totals: Record<string, string>; paid: number }
  | { kind: "delivery-failed"; name: string; failedKind: NotificationKind; to: string; reason: string }
  | { kind: "channel-tier-reached"; name: string; month: Month; tier: string; total: string | null }
  | { kind: "channel-month-winners"; month: Month; winners: { name: string; what: string }[] }
  | { kind: "test"; name: string }
  | { kind: "channel-test" };

export type PayloadOf<K extends MessagePayload["kind"]> = Extract<MessagePayload, { kind: K }>;

/** A message before it is drawn for a medium. */
export interface Composed {
  subject: string;
  greeting: string | null;
  paragraphs: string[];
  lists: { title: string; items: string[] }[];
  action: { label: string; url: string } | null;
}

const money = (locale: AppLocale, amount: string, currency: string) =>
  numberFormat(locale, { style: "currency", currency }).format(Number(amount));

export function rewardText(locale: AppLocale, reward: Reward): string {
  return reward.amount !== null && reward.currency ? `${reward.text} (${money(locale, reward.amount, reward.currency)})` : reward.text;
}

/** What `payload` says in `locale`; `url` makes an absolute link to a page of the app. */
export function compose(payload: MessagePayload, locale: AppLocale, url: (path: string) => string): Composed {
  const t = translator(locale);
  const m = (month: Month) => formatMonth(locale, month);
  const base = { greeting: "name" in payload ? t("mail.greeting", { name: payload.name }) : null, lists: [] as Composed["lists"] };
  switch (payload.kind) {
    case "invitation":
    case "password-reset": {
      const expires = dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(payload.expiresAt));
      return { ...base, subject: t(`mail.${payload.kind}.subject`), paragraphs: [t(`mail.${payload.kind}.body`, { expires: `${expires} UTC` })], action: { label: t(`mail.${payload.kind}.action`), url: url(payload.link) } };
    }
    case "log-reminder":
    case "log-last-call":
      return { ...base, subject: t(`mail.${payload.kind}.subject`, { month: m(payload.month) }), paragraphs: [t(`mail.${payload.kind}.body`, { month: m(payload.month) })], action: { label: t(`mail.${payload.kind}.action`), url: url("/log") } };
    case "tier-reached": {
      const words = { tier: payload.tier, month: m(payload.month) };
      const body = payload.total === null ? t("mail.tier-reached.bodyNoFigure", words) : t("mail.tier-reached.body", { ...words, total: formatScore(locale, payload.total) });
      return { ...base, subject: t("mail.tier-reached.subject", words), paragraphs: [body], action: { label: t("mail.tier-reached.action"), url: url("/leaderboard") } };
    }
    case "challenge-won":
      return {
        ...base,
        subject: t("mail.challenge-won.subject", { title: payload.title }),
        paragraphs: [t("mail.challenge-won.body", { title: payload.title, month: m(payload.month), reward: rewardText(locale, payload.reward) })],
        action: { label: t("mail.challenge-won.action"), url: url("/") },
      };
    case "challenge-new":
      return {
        ...base,
        subject: t("mail.challenge-new.subject", { title: payload.title }),
        paragraphs: [
          t("mail.challenge-new.body", {
            title: payload.title,
            scope: payload.teamName ?? t("mail.challenge-new.company"),
            from: m(payload.from),
            to: m(payload.to),
            reward: rewardText(locale, payload.reward),
          }),
        ],
        action: { label: t("mail.challenge-new.action"), url: url("/") },
      };
    case "manager-digest":
      return {
        ...base,
        subject: t("mail.manager-digest.subject", { month: m(payload.month), count: payload.missing.length }),
        paragraphs: [t("mail.manager-digest.body", { month: m(payload.month) }), ...(payload.missing.length === 0 ? [t("mail.manager-digest.noneMissing")] : [])],
        lists: [
          ...(payload.missing.length > 0 ? [{ title: t("mail.manager-digest.missing"), items: payload.missing }] : []),
          ...(payload.close.length > 0
            ? [{ title: t("mail.manager-digest.close"), items: payload.close.map((c) => t("mail.manager-digest.closeLine", { name: c.name, tier: c.tier, needs: formatScore(locale, c.needs) })) }]
            : []),
        ],
        action: { label: t("mail.manager-digest.action"), url: url("/") },
      };
    case "month-summary":
      return {
        ...base,
        subject: t("mail.month-summary.subject", { month: m(payload.month) }),
        paragraphs: [
          t("mail.month-summary.body", { month: m(payload.month) }),
          ...(payload.winners.length === 0 ? [t("mail.month-summary.noWinners")] : []),
          ...(payload.tiers.length === 0 ? [t("mail.month-summary.noTiers")] : []),
        ],
        lists: [
          ...(payload.winners.length > 0 ? [{ title: t("mail.month-summary.winners"), items: payload.winners.map((w) => t("mail.month-summary.winnerLine", w)) }] : []),
          ...(payload.tiers.length > 0 ? [{ title: t("mail.month-summary.tiers"), items: payload.tiers.map((w) => t("mail.month-summary.tierLine", w)) }] : []),
        ],
        action: { label: t("mail.month-summary.action"), url: url(`/leaderboard?month=${payload.month}`) },
      };
    case "month-closed": {
      const totals = Object.entries(payload.totals).map(([currency, amount]) => t("mail.month-closed.total", { amount: money(locale, amount, currency) }));
      return {
        ...base,
        subject: t("mail.month-closed.subject", { month: m(payload.month) }),
        paragraphs: [t("mail.month-closed.body", { month: m(payload.month) }), ...(totals.length === 0 ? [t("mail.month-closed.noPayout")] : totals), t("mail.month-closed.rows", { count: payload.paid })],
        action: { label: t("mail.month-closed.action"), url: url(`/payouts?month=${payload.month}`) },
      };
    }
    case "delivery-failed":
      return {
        ...base,
        subject: t("mail.delivery-failed.subject", { to: payload.to }),
        paragraphs: [t("mail.delivery-failed.body", { what: t(`notifications.kinds.${payload.failedKind}`), to: payload.to, reason: payload.reason })],
        action: { label: t("mail.delivery-failed.action"), url: url("/admin/notifications") },
      };
    case "channel-tier-reached": {
      const words = { name: payload.name, tier: payload.tier, month: m(payload.month) };
      const text = payload.total === null ? t("mail.channel-tier-reached.textNoFigure", words) : t("mail.channel-tier-reached.text", { ...words, total: formatScore(locale, payload.total) });
      return { ...base, greeting: null, subject: text, paragraphs: [], action: { label: t("mail.open"), url: url("/leaderboard") } };
    }
    case "channel-month-winners":
      return {
        ...base,
        subject: t("mail.channel-month-winners.text", { month: m(payload.month) }),
        paragraphs: payload.winners.length === 0 ? [t("mail.channel-month-winners.none", { month: m(payload.month) })] : [],
        lists: payload.winners.length > 0 ? [{ title: "", items: payload.winners.map((w) => t("mail.channel-month-winners.line", w)) }] : [],
        action: { label: t("mail.open"), url: url(`/leaderboard?month=${payload.month}`) },
      };
    case "test":
      return { ...base, subject: t("mail.test.subject"), paragraphs: [t("mail.test.body")], action: { label: t("mail.open"), url: url("/") } };
    case "channel-test":
      return { ...base, subject: t("mail.test.channel"), paragraphs: [], action: { label: t("mail.open"), url: url("/") } };
  }
}

/** The kinds whose words compose() takes from the catalogues (kinds.test.ts). */
export type ComposedKind = NotificationKind | "test" | "channel-test";
