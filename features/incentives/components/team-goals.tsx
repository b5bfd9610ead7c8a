import { getLocale, getTranslations } from "next-intl/server";
import { incentivesSay } from "./say";
import { can, type Actor } from "@/platform/auth/permissions";
import { daysLeftUntilEndOf } from "@/platform/time/calendar";
import { companyMonth, companyTimeZone } from "@/features/settings";
import { formatScore } from "@/platform/i18n/format";
import { goalReason, rewardLabel } from "@/features/incentives/describe";
import type { GoalStanding } from "@/features/incentives/kinds";
import { loadStandings } from "@/features/incentives/load";
import { getSettings } from "@/features/settings";

/** A team goal's bar: the average (or the reps at the target) so far against the target. */
async function GoalBar({ goal }: { goal: GoalStanding }) {
  const t = await getTranslations("incentives");
  const locale = await getLocale();
  const { current, target } = goal.progress;
  if (goal.kind === "team-race") {
    return <p>{current === null ? t(`status.${goal.status}`) : t("teamPosition", { position: goal.position ?? 0, current: formatScore(locale, current) })}</p>;
  }
  const label = goal.kind === "team-all" ? t("repsAtTarget", { current: current ?? "0", target: target ?? "0" }) : t("averageSoFar", { current: current === null ? "—" : formatScore(locale, current), target: formatScore(locale, target ?? "0") });
  const max = Number(target ?? 0);
  return (
    <>
      <meter min={0} max={max} value={Math.min(Number(current ?? 0), max)} aria-label={label} />
      <p>{label}</p>
    </>
  );
}

/** The team goals running this month for `team`, with their progress bars (for those who see the team's SSI). */
export async function TeamGoals({ team, viewer }: { team: { id: string; name: string }; viewer: Actor }) {
  const settings = await getSettings();
  if (!can(viewer, { action: "see-scores", scope: { kind: "team", teamId: team.id }, repsSeeScores: settings.repsSeeScores })) return null;
  const t = await getTranslations("incentives");
  const say = await incentivesSay();
  const locale = await getLocale();
  const [standings, zone] = await Promise.all([loadStandings(await companyMonth(), [team.id]), companyTimeZone()]);
  const goals = standings.teams.filter((goal) => goal.teamId === team.id);
  return (
    <section className="card" aria-labelledby="team-goals-title" data-testid="team-goals">
      <h2 id="team-goals-title">{t("teamGoals")}</h2>
      {goals.length === 0 ? <p>{t("noTeamGoals")}</p> : (
        <ul className="goal-list">
          {goals.map((goal) => (
            <li key={goal.challengeId} data-status={goal.status}>
              <strong>{goal.title}</strong> · {t(`status.${goal.status}`)} · {rewardLabel(goal.reward, locale)}
              {goal.status === "in-progress" && <span className="muted"> · {t("daysLeft", { days: daysLeftUntilEndOf(goal.to, zone) })}</span>}
              <GoalBar goal={goal} />
              {goal.reason && <p className="muted">{goalReason(goal, locale, say)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
