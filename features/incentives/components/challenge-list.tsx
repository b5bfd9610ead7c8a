import { getLocale, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { can, type Actor } from "@/platform/auth/permissions";
import { formatScore, formatShortMonth } from "@/platform/i18n/format";
import { deleteChallengeAction } from "@/features/incentives/actions";
import type { ChallengeDef } from "@/features/incentives/kinds";
import { KIND_SPECS } from "@/features/incentives/kind-spec";
import { monthRange, type Month } from "@/platform/time/month";
import { RewardText } from "./reward-text";

/** Challenges with their kind, scope, months, target and reward; delete while no month of them is closed. */
export async function ChallengeList({
  challenges,
  viewer,
  closed,
}: {
  challenges: (ChallengeDef & { teamName: string | null })[];
  viewer: Actor;
  closed: ReadonlySet<Month>;
}) {
  const t = await getTranslations("incentives");
  const pillarT = await getTranslations("pillars");
  const locale = await getLocale();
  if (challenges.length === 0) return <p>{t("noChallenges")}</p>;
  const period = (c: ChallengeDef) =>
    c.from === c.to ? formatShortMonth(locale, c.from) : `${formatShortMonth(locale, c.from)} – ${formatShortMonth(locale, c.to)}`;
  const target = (c: ChallengeDef) =>
    c.winners !== null ? `${t("winners")}: ${c.winners}` : `${formatScore(locale, c.target ?? "0")}${KIND_SPECS[c.kind].fields.target?.unit === "percent" ? " %" : ""}${c.pillar ? ` · ${pillarT(c.pillar)}` : ""}`;
  return (
    <TableScroll label={t("challengesCaption")}>
      <table data-testid="challenges">
        <caption className="sr-only">{t("challengesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("challengeTitle")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("scope")}</th>
            <th scope="col">{t("period")}</th>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("reward")}</th>
            <th scope="col"><span className="sr-only">{t("delete")}</span></th>
          </tr>
        </thead>
        <tbody>
          {challenges.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.title}</th>
              <td>{t(`kinds.${c.kind}`)}</td>
              <td>{c.teamName ?? t("company")}</td>
              <td>{period(c)}</td>
              <td>{target(c)}</td>
              <td><RewardText reward={c.reward} /></td>
              <td>
                {can(viewer, { action: "manage-challenge", teamId: c.teamId }) && !monthRange(c.from, c.to).some((m) => closed.has(m)) && (
                  <RowAction action={deleteChallengeAction} name="challengeId" value={c.id} label={t("deleteLabel", { title: c.title })}>
                    {t("delete")}
                  </RowAction>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
