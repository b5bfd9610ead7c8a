import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { ApiError, apiRoute } from "@/lib/api/http";
import { thisMonth } from "@/lib/calendar";
import { loadBoard } from "@/lib/leaderboard/load";
import { resolveScope } from "@/lib/leaderboard/scope";
import { isMonth } from "@/lib/month";

const num = (value: string | null) => (value === null ? null : Number(value));

/** GET /api/v1/leaderboard?month=YYYY-MM&team=<id|all>&board=score|improvement */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const search = new URL(request.url).searchParams;
  const month = search.get("month") ?? thisMonth();
  if (!isMonth(month)) throw new ApiError("invalid", { month: { code: "month-invalid" } });
  const kind = search.get("board") ?? "score";
  if (kind !== "score" && kind !== "improvement") throw new ApiError("invalid", { board: { code: "board-invalid" } });
  const scope = resolveScope(user, search.get("team"));
  if (!scope.ok) throw new ApiError(scope.reason === "forbidden" ? "forbidden" : "not-found");
  const board = await loadBoard(user, scope.scope, month, kind);
  if (!board) throw new ApiError("not-found");
  const shown = board.showScores;
  return NextResponse.json({
    month: board.month,
    team: board.team,
    board: board.kind,
    entries: board.entries.map((e) => ({
      rank: e.rank,
      userId: e.userId,
      name: e.name,
      team: e.team,
      total: shown ? Number(e.total) : null,
      pillars: shown
        ? { brand: Number(e.pillars.brand), people: Number(e.pillars.people), insights: Number(e.pillars.insights), relationships: Number(e.pillars.relationships) }
        : null,
      previousTotal: shown ? num(e.previousTotal) : null,
      progress: shown ? num(e.progress) : null,
      streak: shown ? e.streak : null,
      flags: board.showFlags ? e.flags : [],
      // Incentive goals reached arrive with the incentives feature.
      goals: [],
    })),
    notLogged: board.notLogged,
  });
});
