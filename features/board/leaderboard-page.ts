import "server-only";
import { can, pickableTeams } from "@/platform/auth/permissions";
import type { SessionUser } from "@/platform/auth/data";
import { companyMonth } from "@/features/settings";
import type { Month } from "@/platform/time/month";
import { listTeams, teamsByIds } from "@/features/people";
import type { BoardEntry, BoardKind } from "./board";
import { monthlyAverages } from "./data";
import { boardSize } from "./board-data";
import { readBoardQuery, toSearchParams } from "./board-query";
import { loadBoard, type LoadedBoard } from "./load";
import { pageOf, PAGE_SIZE, requestedPage } from "./pages";
import { resolveScope } from "./scope";
import { trendPoints, trendStart, type ChartPoint } from "@/features/scores";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface LeaderboardView {
  board: LoadedBoard;
  /** This page of the board. */
  entries: BoardEntry[];
  /** Those of this page's reps whose page the user may open. */
  openableRepIds: string[];
  page: number;
  pages: number;
  /** The teams the user may pick, and whether "the whole company" is one of the choices. */
  teams: { id: string; name: string }[];
  companyOption: boolean;
  /** The request as query parameters: team id or "all", month, board. */
  query: { team: string; month: Month; board: BoardKind };
  maxMonth: Month;
  /** Twelve months of the board's averages (empty when the user sees no SSI figures). */
  trend: ChartPoint[];
}

export type LeaderboardPageResult = { status: "ok"; view: LeaderboardView } | { status: "forbidden" | "no-team" | "not-found" };

/** Everything the leaderboard page shows for `user` and the page's query string. */
export async function loadLeaderboardPage(user: SessionUser, search: SearchParams): Promise<LeaderboardPageResult> {
  const maxMonth = await companyMonth();
  // Odd parameters fall back to sensible defaults, never an error page.
  const { team, month, kind, page: requested } = readBoardQuery(toSearchParams(search), maxMonth);
  const scope = resolveScope(user, team);
  if (!scope.ok) return { status: scope.reason };
  const teamId = scope.scope.kind === "team" ? scope.scope.teamId : null;
  const asked = requestedPage(requested ?? undefined);
  const pickable = pickableTeams(user);
  // The trend is read alongside the board; it is dropped when the user sees no SSI figures.
  const [size, loaded, teams, trendAverages] = await Promise.all([
    boardSize(month, teamId),
    loadBoard(user, scope.scope, month, kind, { limit: PAGE_SIZE, offset: (asked - 1) * PAGE_SIZE }),
    pickable === "every" ? listTeams() : teamsByIds(pickable),
    monthlyAverages(trendStart(month), month, teamId),
  ]);
  if (!loaded) return { status: "not-found" };
  const { page, pages, offset } = pageOf(size, asked);
  // A page past the end shows the last one.
  const board = page === asked ? loaded : await loadBoard(user, scope.scope, month, kind, { limit: PAGE_SIZE, offset });
  if (!board) return { status: "not-found" };
  const averages = board.showScores ? trendAverages : [];
  const items = board.entries;
  return {
    status: "ok",
    view: {
      board,
      entries: items,
      // Board rows are active reps (see boardRows); only the rows shown are asked about.
      openableRepIds: items
        .filter((e) => can(user, { action: "view-rep", rep: { id: e.userId, teamId: e.team?.id ?? null, role: "REP", active: true } }))
        .map((e) => e.userId),
      page,
      pages,
      teams: teams.map((team) => ({ id: team.id, name: team.name })),
      companyOption: can(user, { action: "view-company" }),
      query: { team: board.team?.id ?? "all", month, board: kind },
      maxMonth,
      trend: averages.length > 0 ? trendPoints(month, averages) : [],
    },
  };
}
