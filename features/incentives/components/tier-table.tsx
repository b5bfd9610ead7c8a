import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import type { TierSetDef } from "@/features/incentives/kinds";
import { RewardText } from "./reward-text";

/** The tiers in force: name, minimum SSI, reward. */
export async function TierTable({ set, upcoming = false }: { set: TierSetDef | null; upcoming?: boolean }) {
  const t = await getTranslations("incentives");
  const locale = await getLocale();
  if (!set || (set.tiers.length === 0 && !upcoming)) return <p>{t("noTiers")}</p>;
  const since = formatMonth(locale, set.effectiveFrom);
  if (set.tiers.length === 0) return <p className="muted">{t("tiersEndFrom", { month: since })}</p>;
  const caption = upcoming ? t("tiersFrom", { month: since }) : t("tiersCaption");
  return (
    <>
      <p className="muted">{upcoming ? t("tiersFrom", { month: since }) : t("tiersInForce", { month: since })}</p>
      <TableScroll label={caption}>
        <table data-testid={upcoming ? "tiers-upcoming" : "tiers"}>
          <caption className="sr-only">{caption}</caption>
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
