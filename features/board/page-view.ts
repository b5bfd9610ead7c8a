import "server-only";
import { can, pickableTeams, type Actor } from "@/platform/auth/permissions";
import { companyMonth } from "@/features/settings";
import type { Month } from "@/platform/time/month";
import { listTeams, teamsByIds } from "@/features/people";
import { trendPoints, trendStart, type ChartPoint } from "@/features/scores";
import type { BoardKind } from "./entries";
import { monthlyAverages } from "./history-data";
import { boardSize } from "./ranking-data";
import { pageOf, PAGE_SIZE, requestedPage } from "./page-numbers";
import { visibleBoard, type BoardSubject, type VisibleBoard } from "./visible-board";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface LeaderboardView {
  /** This page of the board, as the user may see it. */
  board: VisibleBoard;
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

/** Everything the leaderboard page shows `user` of the board of `subject` (authorised), at page `requested` as typed. */
export async function leaderboardView(user: Actor, subject: BoardSubject, month: Month, kind: BoardKind, requested: string | null): Promise<LeaderboardView> {
  const viewer = { kind: "user", user } as const;
  const maxMonth = await companyMonth();
  const teamId = subject.team?.id ?? null;
  const asked = requestedPage(requested ?? undefined);
  const pickable = pickableTeams(user);
  // The trend is read alongside the board; it is dropped when the user sees no SSI figures.
  const [size, loaded, teams, trendAverages] = await Promise.all([
    boardSize(month, teamId),
    visibleBoard(viewer, subject, month, kind, { limit: PAGE_SIZE, offset: (asked - 1) * PAGE_SIZE }),
    pickable === "every" ? listTeams() : teamsByIds(pickable),
    monthlyAverages(trendStart(month), month, teamId),
  ]);
  const { page, pages, offset } = pageOf(size, asked);
  // A page past the end shows the last one.
  const board = page === asked ? loaded : await visibleBoard(viewer, subject, month, kind, { limit: PAGE_SIZE, offset });
  const averages = board.sight.scores ? trendAverages : [];
  return {
    board,
    page,
    pages,
    teams: teams.map((team) => ({ id: team.id, name: team.name })),
    companyOption: can(user, { action: "view-company" }),
    query: { team: board.team?.id ?? "all", month, board: kind },
    maxMonth,
    trend: averages.length > 0 ? trendPoints(month, averages) : [],
  };
}
