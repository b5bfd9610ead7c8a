import { TableScroll } from "@/components/ui/table-scroll";
import { getLocale, getTranslations } from "next-intl/server";
import { formatScore, formatShortMonth } from "@/platform/i18n/format";
import type { ScoreRecord } from "@/features/scores/data";
import { PILLARS } from "@/features/scores/score";

/** The monthly scores as a table, newest first. */
export async function ScoreHistoryTable({ history }: { history: ScoreRecord[] }) {
  const t = await getTranslations("rep");
  const pillars = await getTranslations("pillars");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t("history")}</h2>
      <TableScroll label={t("historyCaption")}>
        <table>
          <caption className="sr-only">{t("historyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col" className="num">{t("total")}</th>
              {PILLARS.map((p) => (
                <th key={p} scope="col" className="num">{pillars(p)}</th>
              ))}
              <th scope="col">{t("enteredBy")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((score) => (
              <tr key={score.month}>
                <th scope="row">{formatShortMonth(locale, score.month)}</th>
                <td className="num">{formatScore(locale, score.total)}</td>
                {PILLARS.map((p) => (
                  <td key={p} className="num">{formatScore(locale, score[p])}</td>
                ))}
                <td>
                  {score.enteredBy?.name ?? "—"} <span className="muted">({t(`sources.${score.source}`)})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
