import { numberFormat } from "@/platform/intl/formats";
import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { exportHref } from "@/platform/spreadsheets/format";
import { rewardLabel } from "@/features/incentives/describe";
import type { LoadedPayouts } from "@/features/incentives/payout-data";

function Amounts({ amounts, locale }: { amounts: Record<string, string>; locale: string }) {
  const entries = Object.entries(amounts);
  if (entries.length === 0) return <>—</>;
  return <>{entries.map(([currency, amount]) => numberFormat(locale, { style: "currency", currency }).format(Number(amount))).join(" + ")}</>;
}

/** The payout report: a row per rep, the totals per team and overall, and its CSV and Excel files. */
export async function PayoutView({ payouts, exportQuery }: { payouts: LoadedPayouts; exportQuery: string }) {
  const t = await getTranslations("payouts");
  const tx = await getTranslations("exports");
  const locale = await getLocale();
  const month = formatMonth(locale, payouts.month);
  const teamName = (id: string | null) => (id ? (payouts.teamNames.get(id) ?? "") : t("noTeam"));
  const { rows, totals } = payouts.report;
  return (
    <>
      <p className={payouts.provisional ? "alert" : "alert alert-ok"} data-testid="payout-status">
        {payouts.provisional ? t("provisional", { month }) : t("final", { month })}
      </p>
      <section className="card" aria-label={t("caption", { month })}>
        {rows.length === 0 ? <p>{t("empty")}</p> : (
          <TableScroll label={t("caption", { month })}>
            <table data-testid="payouts">
              <caption className="sr-only">{t("caption", { month })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rep")}</th>
                  <th scope="col">{t("team")}</th>
                  <th scope="col" className="num">{t("ssi")}</th>
                  <th scope="col">{t("tier")}</th>
                  <th scope="col">{t("challenges")}</th>
                  <th scope="col" className="num">{t("amounts")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.userId}>
                    <th scope="row">{row.name}</th>
                    <td>{teamName(row.teamId)}</td>
                    <td className="num">{row.total === null ? t("none") : formatScore(locale, row.total)}</td>
                    <td>{row.tier ? `${row.tier.name} · ${rewardLabel(row.tier.reward, locale)}` : t("none")}</td>
                    <td>{row.challenges.length === 0 ? t("none") : row.challenges.map((c) => `${c.title} · ${rewardLabel(c.reward, locale)}`).join("; ")}</td>
                    <td className="num"><Amounts amounts={row.amounts} locale={locale} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <p className="actions">
          <a href={exportHref("/api/exports/payouts", exportQuery, "csv")} download>{t("export")}</a>
          <a href={exportHref("/api/exports/payouts", exportQuery, "xlsx")} download>{tx("excel")}</a>
          <a href={`/api/exports/payouts?${new URLSearchParams([...new URLSearchParams(exportQuery), ["format", "pdf"]])}`} download>{t("pdf.link")}</a>
        </p>
      </section>
      <section className="card" aria-labelledby="payout-totals">
        <h2 id="payout-totals">{t("teamTotals")}</h2>
        <TableScroll label={t("teamTotalsCaption", { month })}>
          <table data-testid="payout-totals">
            <caption className="sr-only">{t("teamTotalsCaption", { month })}</caption>
            <thead>
              <tr><th scope="col">{t("team")}</th><th scope="col" className="num">{t("amounts")}</th></tr>
            </thead>
            <tbody>
              {totals.teams.map((team) => (
                <tr key={team.teamId ?? "none"}><th scope="row">{teamName(team.teamId)}</th><td className="num"><Amounts amounts={team.amounts} locale={locale} /></td></tr>
              ))}
              <tr><th scope="row">{t("overall")}</th><td className="num" data-testid="payout-overall"><Amounts amounts={totals.overall} locale={locale} /></td></tr>
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
