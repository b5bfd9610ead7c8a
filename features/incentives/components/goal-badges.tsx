import { getLocale, getTranslations } from "next-intl/server";
import { incentivesSay } from "./say";
import { goalProgress, goalReason } from "@/features/incentives/describe";
import type { RepIncentives } from "@/features/incentives/standings";

/** A rep's tier and a badge per challenge, the reason on hover and for screen readers. */
export async function GoalBadges({ incentives }: { incentives: RepIncentives }) {
  const t = await getTranslations("incentives");
  const say = await incentivesSay();
  const locale = await getLocale();
  const { tier, goals } = incentives;
  if (!tier && goals.length === 0) return null;
  return (
    <ul className="badges">
      {tier && (
        <li>
          <span className="status status-tier" data-testid="tier">
            <span className="sr-only">{t("tierLabel")} </span>★ {tier.name}
          </span>
        </li>
      )}
      {goals.map((goal) => {
        const progress = goalProgress(goal, locale, say);
        const details = [t(`status.${goal.status}`), progress, goalReason(goal, locale, say)].filter(Boolean).join(" · ");
        return (
          <li key={goal.challengeId}>
            <span className={`status status-${goal.status}`} title={details} data-testid="goal" data-status={goal.status}>
              <span aria-hidden="true">{MARK[goal.status]} </span>
              {goal.title}
              {goal.status === "in-progress" && progress && <span aria-hidden="true"> · {progress}</span>}
              <span className="sr-only">: {details}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

const MARK = { achieved: "✓", "in-progress": "…", missed: "✗", "not-eligible": "–" } as const;
