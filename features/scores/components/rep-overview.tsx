import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GoalsSection } from "./goals-section";
import type { ReactNode } from "react";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { GROUPS, RANK_OF } from "../score";
import type { RepPage } from "../queries";
import { AuditTrail } from "./audit-trail";
import { FlagsPanel } from "./flags-panel";
import { PillarBars } from "./pillar-bars";
import { hasPillars } from "../score";
import { ScoreHistoryTable } from "./score-history-table";
import { LazySsiChart } from "./lazy-ssi-chart";
import { trendPoints } from "../trend";

/** A rep's page as repPageQuery read and masked it, with its incentives section (features/incentives draws it: scores know no incentive): latest SSI and its change, rank, pillars, chart, goals, history. */
export async function RepOverview({ page, incentives }: { page: RepPage; incentives: ReactNode }) {
  const { rep, isSelf, month, history, summary, rank } = page;
  const t = await getTranslations("rep");
  const formT = await getTranslations("scoreForm");
  const pillarT = await getTranslations("pillars");
  const suggestionT = await getTranslations("suggestions");
  const locale = await getLocale();
  const points = trendPoints(month, history);

  return (
    <>
      <h1>{isSelf ? t("yourTitle") : t("title", { name: rep.name })}</h1>
      <p className="muted">
        {rep.teamId && rep.teamName ? <Link href={`/teams/${rep.teamId}`}>{t("team", { team: rep.teamName })}</Link> : t("noTeam")}
      </p>
      {page.mayLog && (
        <p className="actions">
          <Link href={`/reps/${rep.id}/log`} className="button button-primary button-link">
            {isSelf ? formT("logOwnButton") : formT("logButton")}
          </Link>
        </p>
      )}
      {!summary ? (
        <p className="card">{t("noScore")}</p>
      ) : (
        <section className="card latest" aria-labelledby="latest-title">
          <h2 id="latest-title">{t("latest", { month: formatMonth(locale, summary.latest.month) })}</h2>
          {summary.latest.month !== month && (
            <p className="alert">
              {t("noScoreThisMonth", { month: formatMonth(locale, month), latest: formatMonth(locale, summary.latest.month) })}
            </p>
          )}
          <p className="big-score" data-testid="latest-total">
            <span>{formatScore(locale, summary.latest.total)}</span>
            <span className="muted"> {t("outOf100")}</span>
          </p>
          <ul className="ranks">
            <li data-testid="change">
              {summary.change === null ? (
                t("changeNew")
              ) : Number(summary.change) > 0 ? (
                <span className="change-up">{t("changeUp", { delta: formatScore(locale, summary.change) })}</span>
              ) : Number(summary.change) < 0 ? (
                <span className="change-down">{t("changeDown", { delta: formatScore(locale, summary.change.slice(1)) })}</span>
              ) : (
                t("changeNone")
              )}
            </li>
            {rank && <li data-testid="team-rank">{t("rankInTeam", { rank: rank.rank, of: rank.of })}</li>}
            {GROUPS.map((group) => {
              const pct = summary.latest[RANK_OF[group]];
              return pct && <li key={group}>{t(`${group}Rank`, { pct: formatScore(locale, pct) })}</li>;
            })}
          </ul>
          <h3>{t("pillarsHeading")}</h3>
          {summary.weakest === null || !hasPillars(summary.latest) ? (
            <p className="muted" data-testid="totals-only">{t("totalsOnly")}</p>
          ) : (
            <>
              <PillarBars score={summary.latest} />
              <div className="suggestion" data-testid="weakest-pillar">
                <h3>{t("weakestTitle", { pillar: pillarT(summary.weakest) })}</h3>
                <p>{suggestionT(summary.weakest)}</p>
              </div>
            </>
          )}
        </section>
      )}
      {page.flags && <FlagsPanel flags={page.flags} />}
      {incentives}
      {history.length > 0 && (
        <section className="card" aria-labelledby="chart-title">
          <h2 id="chart-title">{t("chartTitle")}</h2>
          <LazySsiChart points={points} describedBy="history-title" />
        </section>
      )}
      <GoalsSection goals={page.goals} editable={page.mayEditGoals} history={history} month={month} />
      {history.length > 0 && <ScoreHistoryTable history={history} />}
      <AuditTrail trail={page.trail} />
    </>
  );
}
