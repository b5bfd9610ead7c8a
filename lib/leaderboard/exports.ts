import "server-only";
import { ApiError } from "../api/http";
import { authorize } from "../auth/permissions";
import { csvStream } from "../csv/excel";
import { formatShortMonth } from "../i18n/format";
import { translator } from "../i18n/translator";
import { PILLARS } from "../ssi/score";
import { addMonths, monthRange } from "../month";
import { getSettings } from "../settings/data";
import { findTeam } from "../teams/data";
import type { BoardRequest } from "./board-request";
import { boardCsvHeader, boardCsvRows, wallTableHeader, wallTableRows } from "./csv";
import { wallTable } from "./data";
import { loadBoard, type LoadedBoard } from "./load";
import { describeGoal, type Say } from "../incentives/describe";
import { incentivesOf } from "../incentives/standings";

export interface CsvExport {
  csv: ReadableStream<Uint8Array>;
  filename: string;
}

/** Rows read and written per round: a large board streams out in pieces of this size. */
const BATCH = 1000;

/**
 * Batches of rows from `first` on, each read after the one before has gone
 * out: `first` is read before the response starts, so a refusal is still a
 * proper error status, not a broken download.
 */
async function* batches<T, C>(first: { items: T[]; next: C | null }, more: (after: C) => Promise<{ items: T[]; next: C | null }>, write: (items: T[]) => string[][]) {
  let current = first;
  for (;;) {
    yield write(current.items);
    if (current.next === null) return;
    current = await more(current.next);
  }
}

/** The board a request asks for, as CSV (for those who see its SSI figures). */
export async function boardExport({ user, scope, month, kind, locale }: BoardRequest): Promise<CsvExport> {
  const page = (after: LoadedBoard["next"]) => loadBoard(user, scope, month, kind, { limit: BATCH, after }, { withNotLogged: false });
  const first = await page(null);
  if (!first) throw new ApiError("not-found");
  if (!first.showScores) throw new ApiError("forbidden");
  const t = translator(locale);
  const say: Say = (key, values) => t(`incentives.${key}` as "incentives.line", values);
  const header = boardCsvHeader({
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
  });
  const toRows = (board: LoadedBoard) =>
    boardCsvRows(board.entries, locale, (userId) => {
      if (!board.incentives) return { tier: "", challenges: "" };
      const { tier, goals } = incentivesOf(board.incentives, userId);
      return { tier: tier?.name ?? "", challenges: goals.map((g) => describeGoal(g, locale, say)).join("\n") };
    });
  const asBatch = (board: LoadedBoard | null) => ({ items: board ? [board] : [], next: board?.next ?? null });
  const rows = batches(asBatch(first), async (after) => asBatch(await page(after)), (boards) => boards.flatMap(toRows));
  return { csv: csvStream(locale, header, rows), filename: `ssi-${kind}-${first.team?.name ?? "company"}-${month}.csv` };
}

/** The office wall's table: reps × the 12 months up to the request's month, SSI in the cells. */
export async function wallTableExport({ user, scope, month, locale }: BoardRequest): Promise<CsvExport> {
  authorize(user, { action: "see-scores", scope, repsSeeScores: (await getSettings()).repsSeeScores });
  const team = scope.kind === "team" ? await findTeam(scope.teamId) : null;
  if (scope.kind === "team" && !team) throw new ApiError("not-found");
  const months = monthRange(addMonths(month, -11), month);
  const read = async (afterId: string | null) => {
    const items = await wallTable(months[0] ?? month, month, team?.id ?? null, { take: BATCH, afterId });
    return { items, next: items.length === BATCH ? (items.at(-1)?.userId ?? null) : null };
  };
  const t = translator(locale);
  const header = wallTableHeader(months, { rep: t("leaderboard.rep"), team: t("leaderboard.team"), month: (m) => formatShortMonth(locale, m) });
  const rows = batches(await read(null), read, (items) => wallTableRows(items, months, locale));
  return { csv: csvStream(locale, header, rows), filename: `ssi-wall-table-${team?.name ?? "company"}-${month}.csv` };
}
