import "server-only";
import { authorize, can } from "@/platform/auth/permissions";
import { exportFile, type ExportFile } from "@/platform/spreadsheets/file";
import type { ExportFormat } from "@/platform/spreadsheets/format";
import { translator } from "@/platform/i18n/translator";
import { PILLARS } from "@/features/scores";
import { addMonths, monthRange } from "@/platform/time/month";
import { getSettings } from "@/features/settings";
import { findTeam } from "@/features/people";
import type { BoardRequest } from "./board-request";
import { boardColumns, wallTableColumns, type BoardRow } from "./columns";
import { wallTable } from "./data";
import { loadBoard, type LoadedBoard } from "./load";
import { describeGoal, type Say } from "@/features/incentives";
import { incentivesOf } from "@/features/incentives";
import { NotFound, Forbidden } from "@/platform/errors/domain-errors";

/** Rows read and written per round: a large board streams out in pieces of this size. */
const BATCH = 1000;

/**
 * Batches of rows from `first` on, each read after the one before has gone
 * out: `first` is read before the response starts, so a refusal is still a
 * proper error status, not a broken download.
 */
async function* batches<T, C, R>(first: { items: T[]; next: C | null }, more: (after: C) => Promise<{ items: T[]; next: C | null }>, write: (items: T[]) => R[]) {
  let current = first;
  for (;;) {
    yield write(current.items);
    if (current.next === null) return;
    current = await more(current.next);
  }
}

/** The board a request asks for, as a file (for those who see its SSI figures). */
export async function boardExport({ user, scope, month, kind, locale }: BoardRequest, format: ExportFormat): Promise<ExportFile> {
  const page = (after: LoadedBoard["next"]) => loadBoard(user, scope, month, kind, { limit: BATCH, after }, { withNotLogged: false });
  const first = await page(null);
  if (!first) throw new NotFound();
  if (!first.showScores) throw new Forbidden();
  const t = translator(locale);
  const say: Say = (key, values) => t(`incentives.${key}` as "incentives.line", values);
  const columns = boardColumns({
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
  const toRows = (board: LoadedBoard): BoardRow[] =>
    board.entries.map((entry) => {
      if (!board.incentives) return { ...entry, tier: "", challenges: "" };
      // `goals`: the rep's challenge standings, not their personal goals.
      const { tier, goals } = incentivesOf(board.incentives, entry.userId);
      return { ...entry, tier: tier?.name ?? "", challenges: goals.map((g) => describeGoal(g, locale, say)).join("\n") };
    });
  const asBatch = (board: LoadedBoard | null) => ({ items: board ? [board] : [], next: board?.next ?? null });
  const rows = batches(asBatch(first), async (after) => asBatch(await page(after)), (boards) => boards.flatMap(toRows));
  const team = first.team?.name;
  const sheet = kind === "score" ? t("leaderboard.scoreBoard") : t("leaderboard.improvementBoard");
  return exportFile(format, { locale, sheet, columns, rows }, {
    csv: `ssi-${kind}-${team ?? "company"}-${month}`,
    xlsx: `${t(`exports.files.${kind}`)}-${team ?? t("exports.files.company")}-${month}`,
  });
}

/** The office wall's table: reps × the 12 months up to the request's month, SSI in the cells (and emails, for admins). */
export async function wallTableExport({ user, scope, month, locale }: BoardRequest, format: ExportFormat): Promise<ExportFile> {
  authorize(user, { action: "see-scores", scope, repsSeeScores: (await getSettings()).repsSeeScores });
  const team = scope.kind === "team" ? await findTeam(scope.teamId) : null;
  if (scope.kind === "team" && !team) throw new NotFound();
  const months = monthRange(addMonths(month, -11), month);
  const read = async (afterId: string | null) => {
    const items = await wallTable(months[0] ?? month, month, team?.id ?? null, { take: BATCH, afterId });
    return { items, next: items.length === BATCH ? (items.at(-1)?.userId ?? null) : null };
  };
  const t = translator(locale);
  const email = can(user, { action: "administer" }) ? t("exports.email") : null;
  const columns = wallTableColumns(months, { rep: t("leaderboard.rep"), email, team: t("leaderboard.team") });
  const rows = batches(await read(null), read, (items) => items);
  return exportFile(format, { locale, sheet: t("exports.wallTable"), columns, rows }, {
    csv: `ssi-wall-table-${team?.name ?? "company"}-${month}`,
    xlsx: `${t("exports.files.wallTable")}-${team?.name ?? t("exports.files.company")}-${month}`,
  });
}
