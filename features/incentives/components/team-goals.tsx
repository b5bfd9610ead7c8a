import { getLocale, getTranslations } from "next-intl/server";
import { incentivesSay } from "./say";
import { daysLeftUntilEndOf } from "@/platform/time/calendar";
import { formatScore } from "@/platform/i18n/format";
import { goalProgress, goalReason, rewardLabel, type Say } from "@/features/incentives/describe";
import { KIND_SPECS, type ProgressStyle } from "@/features/incentives/kind-spec";
import type { ChallengeStanding } from "@/features/incentives/kinds";
import type { TeamGoalsView } from "@/features/incentives/queries";

/** The words under a team goal's bar, by the kind's style of progress (kind-spec.ts). */
function barLabel(goal: ChallengeStanding, style: Exclude<ProgressStyle, "position">, locale: string, say: Say): string {
  const { current, target } = goal.progress;
  switch (style) {
    case "reps":
      return say("repsAtTarget", { current: current ?? "0", target: target ?? "0" });
    case "score":
      return say("averageSoFar", { current: current === null ? "—" : formatScore(locale, current), target: formatScore(locale, target ?? "0") });
    // No team kind is worded so today: its bar would say what its goal line says.
    case "signed-points":
    case "percent":
      return goalProgress(goal, locale, say) ?? "—";
  }
}

/** A team goal's bar: the average (or the reps at the target) so far against the target, or the team's place in a race. */
async function GoalBar({ goal, say }: { goal: ChallengeStanding; say: Say }) {
  const locale = await getLocale();
  const { current, target } = goal.progress;
  const style = KIND_SPECS[goal.kind].progress;
  if (style === "position") {
    return <p>{current === null ? say(`status.${goal.status}`) : say("teamPosition", { position: goal.position ?? 0, current: formatScore(locale, current) })}</p>;
  }
  const label = barLabel(goal, style, locale, say);
  const max = Number(target ?? 0);
  return (
    <>
      <meter min={0} max={max} value={Math.min(Number(current ?? 0), max)} aria-label={label} />
      <p>{label}</p>
    </>
  );
}

/** The team goals running this month, with their progress bars, as teamGoalsQuery read them (for those who see the team's SSI). */
export async function TeamGoals({ view }: { view: TeamGoalsView }) {
  const { goals, zone } = view;
  const t = await getTranslations("incentives");
  const say = await incentivesSay();
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="team-goals-title" data-testid="team-goals">
      <h2 id="team-goals-title">{t("teamGoals")}</h2>
      {goals.length === 0 ? <p>{t("noTeamGoals")}</p> : (
        <ul className="goal-list">
          {goals.map((goal) => (
            <li key={goal.challengeId} data-status={goal.status}>
              <strong>{goal.title}</strong> · {t(`status.${goal.status}`)} · {rewardLabel(goal.reward, locale)}
              {goal.status === "in-progress" && <span className="muted"> · {t("daysLeft", { days: daysLeftUntilEndOf(goal.to, zone) })}</span>}
              <GoalBar goal={goal} say={say} />
              {goal.reason && <p className="muted">{goalReason(goal, locale, say)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
