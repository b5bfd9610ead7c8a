import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { BoardFilters } from "@/components/leaderboard/board-filters";
import { BoardTable } from "@/components/leaderboard/board-table";
import { NotLoggedList } from "@/components/leaderboard/not-logged-list";
import { Pagination, PAGE_SIZE } from "@/components/leaderboard/pagination";
import { TeamTrendChart } from "@/components/leaderboard/team-trend-chart";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { thisMonth } from "@/lib/calendar";
import { formatMonth } from "@/lib/i18n/format";
import { monthlyAverages } from "@/lib/leaderboard/data";
import { loadBoard } from "@/lib/leaderboard/load";
import { resolveScope } from "@/lib/leaderboard/scope";
import { addMonths, isMonth, monthRange } from "@/lib/month";
import { listTeams, teamsByIds } from "@/lib/teams/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leaderboard"))("title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  const params = await searchParams;
  const t = await getTranslations("leaderboard");
  const locale = await getLocale();
  const current = thisMonth();
  const requested = one(params.month);
  const month = requested && isMonth(requested) ? requested : current;
  const kind = one(params.board) === "improvement" ? "improvement" : "score";
  const scope = resolveScope(user, one(params.team));
  if (!scope.ok) {
    if (scope.reason === "forbidden") forbidden();
    return <p className="card">{t("noTeam")}</p>;
  }
  const board = await loadBoard(user, scope.scope, month, kind);
  if (!board) notFound();

  const teams =
    user.role === "ADMIN" ? await listTeams() : await teamsByIds(user.role === "MANAGER" ? user.managedTeamIds : user.teamId ? [user.teamId] : []);
  const teamParam = board.team?.id ?? "all";
  const pages = Math.max(1, Math.ceil(board.entries.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(one(params.page)) || 1));
  const entries = board.entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const averages = board.showScores ? await monthlyAverages(addMonths(month, -11), month, board.team?.id ?? null) : [];
  const byMonth = new Map(averages.map((a) => [a.month, a]));
  const query = (extra: Record<string, string>) => new URLSearchParams({ team: teamParam, month, board: kind, ...extra }).toString();

  return (
    <>
      <h1>
        {t("title")} · {board.team?.name ?? t("company")}
      </h1>
      <BoardFilters
        teams={teams.map((team) => ({ id: team.id, name: team.name }))}
        companyOption={can(user, { action: "view-company" })}
        team={teamParam}
        month={month}
        maxMonth={current}
        board={kind}
      />
      <nav aria-label={t("boards")} className="actions board-toggle">
        <Link href={`/leaderboard?${query({ board: "score" })}`} aria-current={kind === "score" ? "page" : undefined} className="button button-secondary button-link">
          {t("scoreBoard")}
        </Link>
        <Link href={`/leaderboard?${query({ board: "improvement" })}`} aria-current={kind === "improvement" ? "page" : undefined} className="button button-secondary button-link">
          {t("improvementBoard")}
        </Link>
      </nav>
      {!board.showScores && <p className="muted">{t("namesOnly")}</p>}
      <section className="card" aria-label={t("caption", { board: kind === "score" ? t("scoreBoard") : t("improvementBoard"), month: formatMonth(locale, month) })}>
        <BoardTable board={board} entries={entries} linkRep={(id) => can(user, { action: "view-rep", rep: { id, teamId: board.entries.find((e) => e.userId === id)?.team?.id ?? null } })} />
        {pages > 1 && <Pagination page={page} pages={pages} href={(p) => `/leaderboard?${query({ page: String(p) })}`} />}
        {board.showScores && (
          <p className="actions">
            <a href={`/api/exports/board?${query({})}`} download>{t("exportBoard")}</a>
            <a href={`/api/exports/wall-table?${query({})}`} download>{t("exportWall")}</a>
          </p>
        )}
      </section>
      <NotLoggedList month={month} reps={board.notLogged} />
      {board.showScores && averages.length > 0 && (
        <section className="card" aria-labelledby="trend-title">
          <h2 id="trend-title">{t("trendTitle")}</h2>
          <TeamTrendChart
            points={monthRange(addMonths(month, -11), month).map((m) => {
              const a = byMonth.get(m);
              return {
                month: m,
                total: a ? Number(a.total) : null,
                brand: a ? Number(a.brand) : null,
                people: a ? Number(a.people) : null,
                insights: a ? Number(a.insights) : null,
                relationships: a ? Number(a.relationships) : null,
              };
            })}
          />
        </section>
      )}
    </>
  );
}
