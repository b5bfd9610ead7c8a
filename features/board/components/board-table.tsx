import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import type { VisibleBoard } from "@/features/board/visible-board";
import { PILLARS } from "@/features/scores";
import { Progress } from "./progress";
import { GoalBadges } from "@/features/incentives";

/** The board as a table: the columns its viewer may see (board.sight), each row as masked (visible-board.ts). */
export async function BoardTable({ board }: { board: VisibleBoard }) {
  const t = await getTranslations("leaderboard");
  const pillarT = await getTranslations("pillars");
  const locale = await getLocale();
  const caption = t("caption", {
    board: board.kind === "score" ? t("scoreBoard") : t("improvementBoard"),
    month: formatMonth(locale, board.month),
  });
  const { entries, sight } = board;
  if (entries.length === 0) return <p>{t("empty", { month: formatMonth(locale, board.month) })}</p>;
  return (
    <TableScroll label={caption}>
      <table data-testid="board" className="board-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t("rank")}</th>
            <th scope="col">{t("rep")}</th>
            {board.team === null && <th scope="col">{t("team")}</th>}
            {sight.scores && <th scope="col" className="num">{t("ssi")}</th>}
            {sight.scores && <th scope="col">{t("progress")}</th>}
            {sight.scores && PILLARS.map((p) => <th key={p} scope="col" className="num pillar-col">{pillarT(p)}</th>)}
            {sight.scores && <th scope="col">{t("streak")}</th>}
            {sight.flags && <th scope="col">{t("flags")}</th>}
            {sight.incentives && <th scope="col">{t("incentives")}</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.userId}>
              <td className="num" data-cell="rank" data-testid="rank">{e.rank ?? t("unranked")}</td>
              <th scope="row" data-cell="name">{e.href ? <Link href={e.href}>{e.name}</Link> : e.name}</th>
              {board.team === null && <td data-cell="team">{e.team?.name ?? "—"}</td>}
              {e.figures && <td className="num" data-cell="total" data-testid="total">{formatScore(locale, e.figures.total)}</td>}
              {e.figures && (
                <td data-cell="progress" data-testid="progress">
                  <Progress value={e.figures.progress} />
                </td>
              )}
              {e.figures &&
                PILLARS.map((p, i) => (
                  <td key={p} className="num" data-cell={`pillar-${i + 1}`} data-label={pillarT(p)}>
                    {formatScore(locale, e.figures?.pillars[p] ?? null)}
                  </td>
                ))}
              {e.figures && <td data-cell="streak">{t("streakMonths", { count: e.figures.streak })}</td>}
              {e.flags && (
                <td data-cell="flags">{e.flags.length > 0 && <span className="status status-at-risk" title={t("flagged")}>⚑ {t("flagged")}</span>}</td>
              )}
              {e.incentives && (
                <td data-cell="incentives" data-testid="incentives">
                  <GoalBadges incentives={e.incentives} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
