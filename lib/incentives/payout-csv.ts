// The payout report as CSV for Excel: a row per rep, then the totals per
// team and overall, one amount column per currency.
import { dialect, textCell, toCsv } from "../csv/excel";
import type { AppLocale } from "../i18n/config";
import type { PayoutReport } from "./payouts";

export interface PayoutCsvLabels {
  rep: string;
  team: string;
  ssi: string;
  tier: string;
  challenges: string;
  /** The row of a team's totals, and of the overall total. */
  teamTotal: (team: string) => string;
  overall: string;
}

/** The report as CSV; `reward` writes a reward in words, `teamName` names a team id. */
export function payoutCsv(
  report: PayoutReport,
  locale: AppLocale,
  labels: PayoutCsvLabels,
  words: { reward: (reward: { text: string; amount: string | null; currency: string | null }) => string; teamName: (id: string | null) => string },
): string {
  const d = dialect(locale).decimal;
  const currencies = Object.keys(report.totals.overall).sort();
  const money = (amounts: Record<string, string>) => currencies.map((c) => (amounts[c] === undefined ? "" : d(amounts[c] ?? "")));
  const rows = report.rows.map((row) => [
    textCell(row.name),
    textCell(words.teamName(row.teamId)),
    row.total === null ? "" : d(row.total),
    textCell(row.tier ? `${row.tier.name}: ${words.reward(row.tier.reward)}` : ""),
    textCell(row.challenges.map((c) => `${c.title}: ${words.reward(c.reward)}`).join("\n")),
    ...money(row.amounts),
  ]);
  const totals = [
    ...report.totals.teams.map((team) => [textCell(labels.teamTotal(words.teamName(team.teamId))), "", "", "", "", ...money(team.amounts)]),
    [labels.overall, "", "", "", "", ...money(report.totals.overall)],
  ];
  return toCsv(locale, [labels.rep, labels.team, labels.ssi, labels.tier, labels.challenges, ...currencies], [...rows, ...totals]);
}
