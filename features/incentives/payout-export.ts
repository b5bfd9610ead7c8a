import "server-only";
import { exportFile, oneBatch, type ExportFile } from "@/platform/spreadsheets/file";
import type { ExportFormat } from "@/platform/spreadsheets/format";
import type { AppLocale } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { rewardLabel } from "./describe";
import { payoutColumns, payoutLines } from "./payout-columns";
import type { LoadedPayouts } from "./payout-data";

/** A payout report (one team, or the company) as a file. */
export async function payoutExport(payouts: LoadedPayouts, locale: AppLocale, format: ExportFormat): Promise<ExportFile> {
  const { month } = payouts;
  const t = translator(locale);
  const teamName = (id: string | null) => (id ? (payouts.teamNames.get(id) ?? "") : t("payouts.noTeam"));
  const labels = {
    rep: t("payouts.rep"),
    team: t("payouts.team"),
    ssi: t("payouts.ssi"),
    tier: t("payouts.tier"),
    challenges: t("payouts.challenges"),
    teamTotal: (team: string) => `${t("payouts.overall")} ${team}`,
    overall: t("payouts.overall"),
  };
  const lines = payoutLines(payouts.report, labels, { reward: (reward) => rewardLabel(reward, locale), teamName });
  const team = payouts.team?.name;
  const table = { locale, sheet: t("payouts.title"), columns: payoutColumns(payouts.report, labels), rows: oneBatch(lines) };
  return exportFile(format, table, {
    csv: `ssi-payouts-${team ?? "company"}-${month}${payouts.provisional ? "-provisional" : ""}`,
    xlsx: `${t("exports.files.payouts")}-${team ?? t("exports.files.company")}-${month}${payouts.provisional ? `-${t("exports.files.provisional")}` : ""}`,
  });
}
