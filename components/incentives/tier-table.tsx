import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMonth, formatScore } from "@/lib/i18n/format";
import type { TierSetDef } from "@/lib/incentives/kinds";
import { RewardText } from "./reward-text";

/** The tiers in force: name, minimum SSI, reward. */
export async function TierTable({ set }: { set: TierSetDef | null }) {
  const t = await getTranslations("incentives");
  const locale = await getLocale();
  if (!set || set.tiers.length === 0) return <p>{t("noTiers")}</p>;
  return (
    <>
      <p className="muted">{t("tiersInForce", { month: formatMonth(locale, set.effectiveFrom) })}</p>
      <TableScroll label={t("tiersCaption")}>
        <table data-testid="tiers">
          <caption className="sr-only">{t("tiersCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("tierName")}</th>
              <th scope="col" className="num">{t("minTotal")}</th>
              <th scope="col">{t("reward")}</th>
            </tr>
          </thead>
          <tbody>
            {set.tiers.map((tier) => (
              <tr key={tier.minTotal}>
                <th scope="row">{tier.name}</th>
                <td className="num">{formatScore(locale, tier.minTotal)}</td>
                <td><RewardText reward={tier.reward} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
