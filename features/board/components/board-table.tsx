import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import type { BoardEntry } from "@/features/board/board";
import type { LoadedBoard } from "@/features/board/load";
import { PILLARS } from "@/features/scores";
import { Progress } from "./progress";
import { GoalBadges } from "@/features/incentives";
import { incentivesOf } from "@/features/incentives";

/** The board as a table; SSI columns only when the viewer may see them. */
export async function BoardTable({
  board,
  entries,
  openableRepIds,
}: {
  board: LoadedBoard;
  entries: BoardEntry[];
  /** The reps whose name links to their page. */
  openableRepIds: readonly string[];
}) {
  const t = await getTranslations("leaderboard");
  const pillarT = await getTranslations("pillars");
  const locale = await getLocale();
  const caption = t("caption", {
    board: board.kind === "score" ? t("scoreBoard") : t("improvementBoard"),
    month: formatMonth(locale, board.month),
  });
  if (entries.length === 0) return <p>{t("empty", { month: formatMonth(locale, board.month) })}</p>;
  const scores = board.showScores;
  return (
    <TableScroll label={caption}>
      <table data-testid="board" className="board-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t("rank")}</th>
            <th scope="col">{t("rep")}</th>
            {board.team === null && <th scope="col">{t("team")}</th>}
            {scores && <th scope="col" className="num">{t("ssi")}</th>}
            {scores && <th scope="col">{t("progress")}</th>}
            {scores && PILLARS.map((p) => <th key={p} scope="col" className="num pillar-col">{pillarT(p)}</th>)}
            {scores && <th scope="col">{t("streak")}</th>}
            {board.showFlags && <th scope="col">{t("flags")}</th>}
            {board.incentives && <th scope="col">{t("incentives")}</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.userId}>
              <td className="num" data-cell="rank" data-testid="rank">{e.rank ?? t("unranked")}</td>
              <th scope="row" data-cell="name">{openableRepIds.includes(e.userId) ? <Link href={`/reps/${e.userId}`}>{e.name}</Link> : e.name}</th>
              {board.team === null && <td data-cell="team">{e.team?.name ?? "—"}</td>}
              {scores && <td className="num" data-cell="total" data-testid="total">{formatScore(locale, e.total)}</td>}
              {scores && (
                <td data-cell="progress" data-testid="progress">
                  <Progress value={e.progress} />
                </td>
              )}
              {scores &&
                PILLARS.map((p, i) => (
                  <td key={p} className="num" data-cell={`pillar-${i + 1}`} data-label={pillarT(p)}>
                    {formatScore(locale, e.pillars[p])}
                  </td>
                ))}
              {scores && <td data-cell="streak">{t("streakMonths", { count: e.streak })}</td>}
              {board.showFlags && (
                <td data-cell="flags">{e.flags.length > 0 && <span className="status status-at-risk" title={t("flagged")}>⚑ {t("flagged")}</span>}</td>
              )}
              {board.incentives && (
                <td data-cell="incentives" data-testid="incentives">
                  <GoalBadges incentives={incentivesOf(board.incentives, e.userId)} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
