// A challenge standing in words, for the board, its CSV, the rep's page and the
// wall: "Restaurant +10: +6 of +10", and why it stands so.
import { numberFormat } from "@/platform/intl/formats";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { addMonths } from "@/platform/time/month";
import { milliToText, signedMilli } from "@/platform/numbers/decimal";
import type { ChallengeStanding, Reward } from "./kinds";
import { KIND_SPECS, type ProgressStyle } from "./kind-spec";

/** A translator of the `incentives` messages (next-intl's, on the server or in the browser). */
export type Say = (key: string, values?: Record<string, string | number>) => string;

const signed = (locale: string, value: string) => `${Number(value) > 0 ? "+" : ""}${formatScore(locale, value)}`;

type Figures = { goal: ChallengeStanding; current: string; target: string; locale: string; say: Say };

/** One wording per style of progress; a kind picks its style in kind-spec.ts. */
const PROGRESS: Record<ProgressStyle, (f: Figures) => string> = {
  position: ({ goal, current, locale, say }) => say("progress.position", { position: goal.position ?? 0, current: signed(locale, current) }),
  "signed-points": ({ current, target, locale, say }) => say("progress.of", { current: signed(locale, current), target: signed(locale, target) }),
  percent: ({ current, target, locale, say }) => say("progress.percent", { current: formatScore(locale, current), target: formatScore(locale, target) }),
  reps: ({ current, target, say }) => say("progress.reps", { current: Number(current), target: Number(target) }),
  score: ({ current, target, locale, say }) => say("progress.of", { current: formatScore(locale, current), target: formatScore(locale, target) }),
};

/** The goal's figure so far against its target, or null when there is none yet. */
export function goalProgress(goal: ChallengeStanding, locale: string, say: Say): string | null {
  const { current, target } = goal.progress;
  if (current === null) return null;
  return PROGRESS[KIND_SPECS[goal.kind].progress]({ goal, current, target: target ?? "0", locale, say });
}

/** Why the goal stands as it does, or null when the figures say it all. */
export function goalReason(goal: ChallengeStanding, locale: string, say: Say): string | null {
  if (!goal.reason) return null;
  return say(`reasons.${goal.reason}`, {
    baseline: formatMonth(locale, addMonths(goal.from, -1)),
    to: formatMonth(locale, goal.to),
    winners: goal.winners ?? 1,
  });
}

/** The goal in one line: title, status, figures and reason ("Restaurant +10 — in progress: +6 of +10"). */
export function describeGoal(goal: ChallengeStanding, locale: string, say: Say): string {
  const parts = [goalProgress(goal, locale, say), goalReason(goal, locale, say)].filter((p): p is string => p !== null);
  return say("line", { title: goal.title, status: say(`status.${goal.status}`), details: parts.join(" · ") || "—" });
}

/** "Dinner (€40.00)": the reward's text, and its amount when it has one. */
export function rewardLabel(reward: Reward, locale: string): string {
  if (reward.amount === null || reward.currency === null) return reward.text;
  const amount = numberFormat(locale, { style: "currency", currency: reward.currency }).format(Number(reward.amount));
  return reward.text.includes(amount) ? reward.text : `${reward.text} (${amount})`;
}

/** Points still needed for a goal measured in points (gains and thresholds) that is in progress, else null. */
export function pointsNeeded(goal: ChallengeStanding): string | null {
  const counted = KIND_SPECS[goal.kind].stillNeeded;
  if (goal.status !== "in-progress" || counted === null || goal.progress.target === null) return null;
  // An SSI to reach counts from 0 before the first entry; a gain is unknown until measured.
  const current = goal.progress.current ?? (counted === "ssi" ? "0" : null);
  if (current === null) return null;
  return milliToText(signedMilli(goal.progress.target) - signedMilli(current));
}
