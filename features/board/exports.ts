import "server-only";
import type { Actor } from "@/platform/auth/permissions";
import { exportFile, type ExportFile } from "@/platform/spreadsheets/file";
import type { ExportFormat } from "@/platform/spreadsheets/format";
import type { AppLocale } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { PILLARS } from "@/features/scores";
import { addMonths, monthRange, type Month } from "@/platform/time/month";
import { describeGoal, type Say } from "@/features/incentives";
import { Forbidden } from "@/platform/errors/domain-errors";
import type { BoardKind } from "./entries";
import { boardColumns, wallTableColumns, type BoardFileRow } from "./columns";
import { wallTable } from "./history-data";
import type { BoardSight } from "./sight";
import { visibleBoard, type BoardSubject, type VisibleBoard } from "./visible-board";

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

/** The board of `subject` as a file, in `locale`: for a viewer its model lets see the files (boardSight). */
export async function boardFile(user: Actor, subject: BoardSubject, month: Month, kind: BoardKind, locale: AppLocale, format: ExportFormat): Promise<ExportFile> {
  const viewer = { kind: "user", user } as const;
  const page = (after: VisibleBoard["next"]) => visibleBoard(viewer, subject, month, kind, { limit: BATCH, after }, { withNotLogged: false });
  const first = await page(null);
  if (!first.sight.files) throw new Forbidden();
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
  const toRows = (board: VisibleBoard): BoardFileRow[] =>
    board.entries.map((entry) => ({
      ...entry,
      tier: entry.incentives?.tier?.name ?? "",
      // `goals`: the rep's challenge standings, not their personal goals.
      challenges: (entry.incentives?.goals ?? []).map((g) => describeGoal(g, locale, say)).join("\n"),
    }));
  const asBatch = (board: VisibleBoard) => ({ items: [board], next: board.next });
  const rows = batches(asBatch(first), async (after) => asBatch(await page(after)), (boards) => boards.flatMap(toRows));
  const team = first.team?.name;
  const sheet = kind === "score" ? t("leaderboard.scoreBoard") : t("leaderboard.improvementBoard");
  return exportFile(format, { locale, sheet, columns, rows }, {
    csv: `ssi-${kind}-${team ?? "company"}-${month}`,
    xlsx: `${t(`exports.files.${kind}`)}-${team ?? t("exports.files.company")}-${month}`,
  });
}

/** The office wall's table of `subject`: reps × the 12 months up to `month`, SSI in the cells, emails where `sight` shows them. */
export async function wallTableFile({ team }: BoardSubject, month: Month, sight: BoardSight, locale: AppLocale, format: ExportFormat): Promise<ExportFile> {
  const months = monthRange(addMonths(month, -11), month);
  const read = async (afterId: string | null) => {
    const items = await wallTable(months[0] ?? month, month, team?.id ?? null, { take: BATCH, afterId });
    return { items, next: items.length === BATCH ? (items.at(-1)?.userId ?? null) : null };
  };
  const t = translator(locale);
  const columns = wallTableColumns(months, { rep: t("leaderboard.rep"), email: sight.emails ? t("exports.email") : null, team: t("leaderboard.team") });
  const rows = batches(await read(null), read, (items) => items);
  return exportFile(format, { locale, sheet: t("exports.wallTable"), columns, rows }, {
    csv: `ssi-wall-table-${team?.name ?? "company"}-${month}`,
    xlsx: `${t("exports.files.wallTable")}-${team?.name ?? t("exports.files.company")}-${month}`,
  });
}
