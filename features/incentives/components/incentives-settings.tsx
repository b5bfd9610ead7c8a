import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/platform/auth/permissions";
import { setInForce } from "@/features/incentives/tiers";
import type { IncentivesPage } from "@/features/incentives/queries";
import { ChallengeForm } from "./challenge-form";
import { ChallengeList } from "./challenge-list";
import { TierForm } from "./tier-form";
import { TierTable } from "./tier-table";

/** How many tier rows the form offers beyond the tiers in force. */
const SPARE_TIER_ROWS = 2;

/** The incentives page: tiers (set by admins) and the challenges `viewer` may manage. */
export async function IncentivesSettings({ page, viewer }: { page: IncentivesPage; viewer: Actor }) {
  const { month, sets, challenges, closed, teams } = page;
  const t = await getTranslations("incentives");
  const inForce = setInForce(sets, month);
  const tiers = inForce?.tiers ?? [];
  const initialTiers = Object.fromEntries([
    ["effectiveFrom", month],
    ...tiers.flatMap((tier, i) => [
      [`tiers.${i}.name`, tier.name],
      [`tiers.${i}.minTotal`, tier.minTotal],
      [`tiers.${i}.reward.text`, tier.reward.text],
      [`tiers.${i}.reward.amount`, tier.reward.amount ?? ""],
      [`tiers.${i}.reward.currency`, tier.reward.currency ?? ""],
    ]),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p className="actions">
        <Link href="/payouts">{t("payoutsLink")}</Link>
        {page.mayCloseMonths && <Link href="/admin/months">{t("monthsLink")}</Link>}
      </p>
      <section className="card" aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t("tiersTitle")}</h2>
        <TierTable set={inForce} />
        {sets.filter((set) => set.effectiveFrom > month).map((set) => <TierTable key={set.effectiveFrom} set={set} upcoming />)}
        {page.mayConfigureTiers && (
          <TierForm initial={initialTiers} rows={Math.max(tiers.length + SPARE_TIER_ROWS, 3)} minMonth={month} />
        )}
      </section>
      <section className="card" aria-labelledby="challenges-title">
        <h2 id="challenges-title">{t("challengesTitle")}</h2>
        <ChallengeList challenges={challenges} viewer={viewer} closed={closed} />
        <ChallengeForm teams={teams} companyOption={page.companyOption} currentMonth={month} />
      </section>
    </>
  );
}
