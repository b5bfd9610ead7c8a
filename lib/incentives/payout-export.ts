import "server-only";
import type { Actor } from "../auth/permissions";
import type { AppLocale } from "../i18n/config";
import { translator } from "../i18n/translator";
import type { Month } from "../month";
import { rewardLabel } from "./describe";
import { payoutCsv } from "./payout-csv";
import { loadPayouts } from "./payout-request";

/** The payout report of `month` (one team, or the company) as a CSV file. */
export async function payoutExport(actor: Actor, month: Month, teamId: string | null, locale: AppLocale) {
  const payouts = await loadPayouts(actor, month, teamId);
  const t = translator(locale);
  const teamName = (id: string | null) => (id ? (payouts.teamNames.get(id) ?? "") : t("payouts.noTeam"));
  const csv = payoutCsv(
    payouts.report,
    locale,
    {
      rep: t("payouts.rep"),
      team: t("payouts.team"),
      ssi: t("payouts.ssi"),
      tier: t("payouts.tier"),
      challenges: t("payouts.challenges"),
      teamTotal: (team) => `${t("payouts.overall")} ${team}`,
      overall: t("payouts.overall"),
    },
    { reward: (reward) => rewardLabel(reward, locale), teamName },
  );
  const suffix = payouts.provisional ? "-provisional" : "";
  return { csv, filename: `ssi-payouts-${payouts.team?.name ?? "company"}-${month}${suffix}.csv` };
}
