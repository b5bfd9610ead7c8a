import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMonth } from "@/platform/i18n/format";
import type { LeaderboardView as View } from "@/features/board/page-view";
import { BoardFilters } from "./board-filters";
import { BoardTable } from "./board-table";
import { NotLoggedList } from "./not-logged-list";
import { Pagination } from "./pagination";
import { LazyTeamTrendChart } from "./lazy-team-trend-chart";

/** The leaderboard page: filters, the two boards, exports, who has not logged, the team's trend. */
export async function LeaderboardView({ view }: { view: View }) {
  const { board, query } = view;
  const t = await getTranslations("leaderboard");
  const tx = await getTranslations("exports");
  const locale = await getLocale();
  const href = (path: string, extra: Record<string, string> = {}) => `${path}?${new URLSearchParams({ ...query, ...extra })}`;
  const boardName = (kind: string) => (kind === "score" ? t("scoreBoard") : t("improvementBoard"));
  return (
    <>
      <h1>
        {t("title")} · {board.team?.name ?? t("company")}
      </h1>
      <BoardFilters teams={view.teams} companyOption={view.companyOption} team={query.team} month={query.month} maxMonth={view.maxMonth} board={query.board} />
      <nav aria-label={t("boards")} className="actions board-toggle">
        {(["score", "improvement"] as const).map((kind) => (
          <Link key={kind} href={href("/leaderboard", { board: kind })} aria-current={query.board === kind ? "page" : undefined} className="button button-secondary button-link">
            {boardName(kind)}
          </Link>
        ))}
      </nav>
      {!board.sight.scores && <p className="muted">{t("namesOnly")}</p>}
      <section className="card" aria-label={t("caption", { board: boardName(query.board), month: formatMonth(locale, query.month) })}>
        <BoardTable board={board} />
        {view.pages > 1 && <Pagination page={view.page} pages={view.pages} href={(p) => href("/leaderboard", { page: String(p) })} />}
        {board.sight.files && (
          <p className="actions">
            <a href={href("/api/exports/board")} download>{t("exportBoard")}</a>
            <a href={href("/api/exports/board", { format: "xlsx" })} download aria-label={tx("excelBoard")}>{tx("excel")}</a>
            <a href={href("/api/exports/wall-table")} download>{t("exportWall")}</a>
            <a href={href("/api/exports/wall-table", { format: "xlsx" })} download aria-label={tx("excelWall")}>{tx("excel")}</a>
          </p>
        )}
      </section>
      <NotLoggedList month={query.month} reps={board.notLogged} count={board.notLoggedCount} />
      {view.trend.length > 0 && (
        <section className="card" aria-labelledby="trend-title">
          <h2 id="trend-title">{t("trendTitle")}</h2>
          <LazyTeamTrendChart points={view.trend} />
        </section>
      )}
    </>
  );
}
