import { getLocale, getTranslations } from "next-intl/server";
import type { GoalRecord } from "@/features/scores/goal-data";
import type { Month } from "@/platform/time/month";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { assessGoal } from "@/features/scores/goals";
import type { ScoreView } from "@/features/scores/score";
import { GoalForm } from "./goal-form";
import { GoalItemActions } from "./goal-item-actions";

/** The rep's personal goals with their status against `history` in `month`; `editable` for the rep only (repPageQuery decides). */
export async function GoalsSection({ goals, editable, history, month }: { goals: GoalRecord[]; editable: boolean; history: ScoreView[]; month: Month }) {
  const t = await getTranslations("goals");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="goals-title">
      <h2 id="goals-title">{t("title")}</h2>
      {goals.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ul className="goal-list" data-testid="goals">
          {goals.map((goal) => {
            const assessment = assessGoal(goal, history, month);
            return (
              <li key={goal.id} className="goal">
                <strong>{t("item", { target: formatScore(locale, goal.target), month: formatMonth(locale, goal.dueMonth) })}</strong>
                <span className={`status status-${assessment.status}`}>{t(`status.${assessment.status}`)}</span>
                {assessment.projected !== null && (
                  <span className="muted">{t("projected", { value: formatScore(locale, assessment.projected) })}</span>
                )}
                {editable && <GoalItemActions goal={goal} minMonth={month} />}
              </li>
            );
          })}
        </ul>
      )}
      {editable && (
        <>
          <h3>{t("add")}</h3>
          <GoalForm minMonth={month} />
        </>
      )}
    </section>
  );
}
