import { getLocale, getTranslations } from "next-intl/server";
import { incentivesSay } from "./say";
import { daysLeftUntilEndOf } from "@/platform/time/calendar";
import { formatScore } from "@/platform/i18n/format";
import { describeGoal, pointsNeeded, rewardLabel } from "@/features/incentives/describe";
import { nextTier } from "@/features/incentives/tiers";
import type { RepIncentivesView } from "@/features/incentives/queries";

/**
 * A rep's tier this month, what the next one needs from `latestTotal`, and
 * where they stand in each running challenge, as repIncentivesQuery masked it.
 */
export async function RepIncentives({ view, isSelf, latestTotal }: { view: RepIncentivesView; isSelf: boolean; latestTotal: string | null }) {
  const { tiers, tier, goals, zone } = view;
  const t = await getTranslations("incentives");
  const say = await incentivesSay();
  const locale = await getLocale();
  if (tiers.length === 0 && goals.length === 0) return null;
  // With a tier this month, the latest entry is this month's.
  const next = nextTier(tiers, latestTotal);
  return (
    <section className="card" aria-labelledby="incentives-title" data-testid="rep-incentives">
      <h2 id="incentives-title">{t(isSelf ? "yours" : "title")}</h2>
      {tiers.length > 0 && (
        <p data-testid="rep-tier">
          {tier ? t("yourTier", { tier: tier.name, reward: rewardLabel(tier.reward, locale) }) : t("noTier")}{" "}
          {next ? t("nextTier", { needs: formatScore(locale, next.needs), tier: next.tier.name, reward: rewardLabel(next.tier.reward, locale) }) : tier && t("topTier")}
        </p>
      )}
      {goals.length > 0 && (
        <ul className="goal-list">
          {goals.map((goal) => {
            const needs = pointsNeeded(goal);
            const days = t("daysLeft", { days: daysLeftUntilEndOf(goal.to, zone) });
            return (
              <li key={goal.challengeId} data-testid="rep-goal" data-status={goal.status}>
                {isSelf && goal.status === "achieved" ? (
                  <strong>{t("reached", { title: goal.title })}</strong>
                ) : isSelf && needs !== null ? (
                  <>{t("needMore", { needs: `+${formatScore(locale, needs)}`, title: goal.title })} — {days}</>
                ) : (
                  <>{describeGoal(goal, locale, say)}{goal.status === "in-progress" ? ` — ${days}` : ""}</>
                )}
                <span className="muted"> · {rewardLabel(goal.reward, locale)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
