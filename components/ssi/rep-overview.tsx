import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { thisMonth } from "@/lib/calendar";
import { scoreHistory } from "@/lib/ssi/data";
import { formatMonth, formatScore } from "@/lib/i18n/format";
import { PillarBars } from "./pillar-bars";
import { ScoreHistoryTable } from "./score-history-table";

interface RepRef {
  id: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
}

/** A rep's latest SSI, its four pillars and the last twelve months. */
export async function RepOverview({ rep, isSelf }: { rep: RepRef; isSelf: boolean }) {
  const t = await getTranslations("rep");
  const locale = await getLocale();
  const month = thisMonth();
  const history = await scoreHistory(rep.id, month);
  const latest = history[0];

  return (
    <>
      <h1>{isSelf ? t("yourTitle") : t("title", { name: rep.name })}</h1>
      <p className="muted">
        {rep.teamId && rep.teamName ? (
          <Link href={`/teams/${rep.teamId}`}>{t("team", { team: rep.teamName })}</Link>
        ) : (
          t("noTeam")
        )}
      </p>
      {!latest ? (
        <p className="card">{t("noScore")}</p>
      ) : (
        <section className="card latest" aria-labelledby="latest-title">
          <h2 id="latest-title">{t("latest", { month: formatMonth(locale, latest.month) })}</h2>
          {latest.month !== month && (
            <p className="alert">
              {t("noScoreThisMonth", {
                month: formatMonth(locale, month),
                latest: formatMonth(locale, latest.month),
              })}
            </p>
          )}
          <p className="big-score" data-testid="latest-total">
            <span>{formatScore(locale, latest.total)}</span>
            <span className="muted"> {t("outOf100")}</span>
          </p>
          <ul className="ranks">
            {latest.industryRankPct && <li>{t("industryRank", { pct: formatScore(locale, latest.industryRankPct) })}</li>}
            {latest.networkRankPct && <li>{t("networkRank", { pct: formatScore(locale, latest.networkRankPct) })}</li>}
          </ul>
          <h3>{t("pillarsHeading")}</h3>
          <PillarBars score={latest} />
        </section>
      )}
      {history.length > 0 && <ScoreHistoryTable history={history} />}
    </>
  );
}
