import { ApiError, apiRoute } from "@/lib/api/http";
import { formatShortMonth } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translator";
import { wallTableCsv } from "@/lib/leaderboard/csv";
import { wallTable } from "@/lib/leaderboard/data";
import { boardRequest, csvResponse } from "@/lib/leaderboard/board-request";
import { seesScores } from "@/lib/leaderboard/scope";
import { getSettings } from "@/lib/settings/data";
import { findTeam } from "@/lib/teams/data";
import { addMonths, monthRange } from "@/lib/month";

/** GET /api/exports/wall-table?team=&month=: reps × the 12 months up to `month`, SSI in the cells. */
export const GET = apiRoute(async (request) => {
  const { user, scope, month, locale } = await boardRequest(request, { strictBoard: false });
  if (!seesScores(user, scope, (await getSettings()).repsSeeScores)) throw new ApiError("forbidden");
  const team = scope.kind === "team" ? await findTeam(scope.teamId) : null;
  if (scope.kind === "team" && !team) throw new ApiError("not-found");
  const months = monthRange(addMonths(month, -11), month);
  const rows = await wallTable(months[0] ?? month, month, team?.id ?? null);
  const t = translator(locale);
  const csv = wallTableCsv(rows, months, locale, {
    rep: t("leaderboard.rep"),
    team: t("leaderboard.team"),
    month: (m) => formatShortMonth(locale, m),
  });
  return csvResponse(csv, `ssi-wall-table-${team?.name ?? "company"}-${month}.csv`);
});
