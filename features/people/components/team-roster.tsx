import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMonth, formatScore, formatShortMonth } from "@/platform/i18n/format";
import type { TeamPage } from "@/features/people/queries";

/** A team's active reps with their latest SSI and whether they logged this month, as teamPageQuery masked them. */
export async function TeamRoster({ page, headingLevel }: { page: TeamPage; headingLevel: 1 | 2 }) {
  const { team, month, roster, showScores } = page;
  const t = await getTranslations("team");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const headingId = `team-${team.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {headingLevel === 2 ? <Link href={`/teams/${team.id}`}>{team.name}</Link> : team.name}
      </Heading>
      {roster.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableScroll label={t("rosterCaption", { team: team.name })}>
          <table>
            <caption className="sr-only">{t("rosterCaption", { team: team.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("rep")}</th>
                {showScores && <th scope="col" className="num">{t("latestSsi")}</th>}
                <th scope="col">{t("latestMonth")}</th>
                <th scope="col">{t("status")} ({formatMonth(locale, month)})</th>
              </tr>
            </thead>
            <tbody>
              {roster.map((rep) => (
                <tr key={rep.id}>
                  <th scope="row">
                    {rep.href ? (
                      <Link href={rep.href}>{rep.name}</Link>
                    ) : (
                      rep.name
                    )}
                  </th>
                  {showScores && <td className="num">{rep.latestTotal ? formatScore(locale, rep.latestTotal) : common("none")}</td>}
                  <td>{rep.latestMonth ? formatShortMonth(locale, rep.latestMonth) : common("none")}</td>
                  <td>
                    <span className={rep.loggedThisMonth ? "status status-ok" : "status status-missing"}>
                      {rep.loggedThisMonth ? t("logged") : t("notLogged")}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
