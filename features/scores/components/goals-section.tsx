import { getLocale, getTranslations } from "next-intl/server";
import { can, type Actor, type Subject } from "@/platform/auth/permissions";
import { companyMonth } from "@/features/settings";
import { listGoals } from "@/features/scores/goal-data";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { assessGoal } from "@/features/scores/goals";
import type { ScoreView } from "@/features/scores/score";
import { GoalForm } from "./goal-form";
import { GoalItemActions } from "./goal-item-actions";

/** The rep's personal goals with their status; editable by the rep only. */
export async function GoalsSection({ rep, viewer, history }: { rep: Subject; viewer: Actor; history: ScoreView[] }) {
  if (!can(viewer, { action: "view-rep", rep })) return null;
  const t = await getTranslations("goals");
  const locale = await getLocale();
  const month = await companyMonth();
  const goals = await listGoals(rep.id);
  const editable = can(viewer, { action: "edit-goals", rep });
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
