import { getLocale, getTranslations } from "next-intl/server";
import { incentivesSay } from "./say";
import { daysLeftUntilEndOf } from "@/platform/time/calendar";
import { companyMonth, companyTimeZone } from "@/features/settings";
import { formatScore } from "@/platform/i18n/format";
import { describeGoal, pointsNeeded, rewardLabel } from "@/features/incentives/describe";
import { loadStandings } from "@/features/incentives/load";
import { incentivesOf, withoutTeamFigures } from "@/features/incentives/standings";
import { nextTier } from "@/features/incentives/tiers";
import type { RepIncentivesSlot } from "@/features/scores";

/**
 * A rep's tier this month, what the next one needs, and where they stand in
 * each running challenge; team goals without their figures for a viewer who
 * does not see the team's SSI (`teamFigures`).
 */
export async function RepIncentives({ rep, isSelf, latestTotal, teamFigures }: RepIncentivesSlot) {
  const t = await getTranslations("incentives");
  const say = await incentivesSay();
  const locale = await getLocale();
  const month = await companyMonth();
  const zone = await companyTimeZone();
  const standings = await loadStandings(month, rep.teamId ? [rep.teamId] : [], [rep.id]);
  const { tier, goals: judged } = incentivesOf(standings, rep.id);
  const goals = teamFigures ? judged : withoutTeamFigures(judged);
  if (standings.tiers.length === 0 && goals.length === 0) return null;
  // With a tier this month, the latest entry is this month's.
  const next = nextTier(standings.tiers, latestTotal);
  return (
    <section className="card" aria-labelledby="incentives-title" data-testid="rep-incentives">
      <h2 id="incentives-title">{t(isSelf ? "yours" : "title")}</h2>
      {standings.tiers.length > 0 && (
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
