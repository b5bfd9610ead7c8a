import "server-only";
import { ApiError } from "../api/http";
import { authorize } from "../auth/permissions";
import { formatShortMonth } from "../i18n/format";
import { translator } from "../i18n/translator";
import { PILLARS } from "../ssi/score";
import { addMonths, monthRange } from "../month";
import { getSettings } from "../settings/data";
import { findTeam } from "../teams/data";
import type { BoardRequest } from "./board-request";
import { boardCsv, wallTableCsv } from "./csv";
import { wallTable } from "./data";
import { loadBoard } from "./load";
import { describeGoal, type Say } from "../incentives/describe";
import { incentivesOf } from "../incentives/standings";

export interface CsvExport {
  csv: string;
  filename: string;
}

/** The board a request asks for, as CSV (for those who see its SSI figures). */
export async function boardExport({ user, scope, month, kind, locale }: BoardRequest): Promise<CsvExport> {
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
    pillars: PILLARS.map((p) => t(`pillars.${p}`)),
    streak: t("leaderboard.streak"),
    tier: t("incentives.tier"),
    challenges: t("incentives.challenges"),
  }, (userId) => {
    if (!board.incentives) return { tier: "", challenges: "" };
    const { tier, goals } = incentivesOf(board.incentives, userId);
    const say: Say = (key, values) => t(`incentives.${key}` as "incentives.line", values);
    return { tier: tier?.name ?? "", challenges: goals.map((g) => describeGoal(g, locale, say)).join("\n") };
  });
  return { csv, filename: `ssi-${kind}-${board.team?.name ?? "company"}-${month}.csv` };
}

/** The office wall's table: reps × the 12 months up to the request's month, SSI in the cells. */
export async function wallTableExport({ user, scope, month, locale }: BoardRequest): Promise<CsvExport> {
  authorize(user, { action: "see-scores", scope, repsSeeScores: (await getSettings()).repsSeeScores });
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
  return { csv, filename: `ssi-wall-table-${team?.name ?? "company"}-${month}.csv` };
}
