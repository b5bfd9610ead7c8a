import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GoalsSection } from "./goals-section";
import type { ComponentType } from "react";
import { can, type Actor, type Subject } from "@/platform/auth/permissions";
import { companyMonth, flagLimits, getSettings } from "@/features/settings";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { rankInTeam, scoreHistory } from "../data";
import { GROUPS, RANK_OF } from "../score";
import { summarise } from "../summary";
import { AuditTrail } from "./audit-trail";
import { FlagsPanel } from "./flags-panel";
import { PillarBars } from "./pillar-bars";
import { hasPillars } from "../score";
import { ScoreHistoryTable } from "./score-history-table";
import { LazySsiChart } from "./lazy-ssi-chart";
import { trendPoints } from "../trend";

interface Rep extends Subject {
  name: string;
  teamName: string | null;
}

/** What the rep's page tells the incentives section it shows (features/incentives draws it: scores know no incentive). */
export interface RepIncentivesSlot {
  rep: { id: string; teamId: string | null };
  isSelf: boolean;
  latestTotal: string | null;
  teamFigures: boolean;
}

/** A rep's page: latest SSI and its change, rank, pillars, chart, goals, history (nothing unless `viewer` may view the rep). */
export async function RepOverview({ rep, viewer, Incentives }: { rep: Rep; viewer: Actor; Incentives: ComponentType<RepIncentivesSlot> }) {
  if (!can(viewer, { action: "view-rep", rep })) return null;
  const t = await getTranslations("rep");
  const formT = await getTranslations("scoreForm");
  const pillarT = await getTranslations("pillars");
  const suggestionT = await getTranslations("suggestions");
  const locale = await getLocale();
  const month = await companyMonth();
  const isSelf = rep.id === viewer.id;
  const history = await scoreHistory(rep.id, month);
  const settings = await getSettings();
  const summary = summarise(history, flagLimits(settings));
  const rank = summary ? await rankInTeam(rep.id, summary.latest.month) : null;
  const points = trendPoints(month, history);

  return (
    <>
      <h1>{isSelf ? t("yourTitle") : t("title", { name: rep.name })}</h1>
      <p className="muted">
        {rep.teamId && rep.teamName ? <Link href={`/teams/${rep.teamId}`}>{t("team", { team: rep.teamName })}</Link> : t("noTeam")}
      </p>
      {can(viewer, { action: "edit-scores", rep }) && (
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
      {summary && can(viewer, { action: "see-flags", rep }) && <FlagsPanel flags={summary.flags} />}
      <Incentives
        rep={rep}
        isSelf={isSelf}
        latestTotal={summary?.latest.total ?? null}
        teamFigures={rep.teamId === null || can(viewer, { action: "see-scores", scope: { kind: "team", teamId: rep.teamId }, repsSeeScores: settings.repsSeeScores })}
      />
      {history.length > 0 && (
        <section className="card" aria-labelledby="chart-title">
          <h2 id="chart-title">{t("chartTitle")}</h2>
          <LazySsiChart points={points} describedBy="history-title" />
        </section>
      )}
      <GoalsSection rep={rep} viewer={viewer} history={history} />
      {history.length > 0 && <ScoreHistoryTable history={history} />}
      <AuditTrail rep={rep} viewer={viewer} />
    </>
  );
}
