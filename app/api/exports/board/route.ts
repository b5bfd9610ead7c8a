import { ApiError, apiRoute } from "@/lib/api/http";
import { translator } from "@/lib/i18n/translator";
import { boardCsv } from "@/lib/leaderboard/csv";
import { boardRequest, csvResponse } from "@/lib/leaderboard/board-request";
import { loadBoard } from "@/lib/leaderboard/load";

/** GET /api/exports/board?team=&month=&board=: the board as CSV. */
export const GET = apiRoute(async (request) => {
  const { user, scope, month, kind, locale } = await boardRequest(request, { strictBoard: false });
  const board = await loadBoard(user, scope, month, kind);
  if (!board) throw new ApiError("not-found");
  if (!board.showScores) throw new ApiError("forbidden");
  const t = translator(locale);
  const csv = boardCsv(board.entries, locale, {
    rank: t("leaderboard.rank"),
    rep: t("leaderboard.rep"),
    team: t("leaderboard.team"),
    ssi: t("leaderboard.ssi"),
    previous: t("csv.previous"),
    progress: t("leaderboard.progress"),
    pillars: [t("pillars.brand"), t("pillars.people"), t("pillars.insights"), t("pillars.relationships")],
    streak: t("leaderboard.streak"),
  });
  return csvResponse(csv, `ssi-${kind}-${board.team?.name ?? "company"}-${month}.csv`);
});
