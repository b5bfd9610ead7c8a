// The payout report as export columns (CSV and Excel): a line per rep, then
// the totals per team and overall, one amount column per currency.
import type { Column } from "@/platform/spreadsheets/columns";
import type { PayoutReport } from "./payouts";

export interface PayoutLabels {
  rep: string;
  team: string;
  ssi: string;
  tier: string;
  challenges: string;
  /** The line of a team's totals, and of the overall total. */
  teamTotal: (team: string) => string;
  overall: string;
}

type Reward = { text: string; amount: string | null; currency: string | null };

/** One line of the file: a rep's, or a total's (its name says which; its SSI, tier and challenges are empty). */
export interface PayoutLine {
  name: string;
  team: string;
  total: string | null;
  tier: string;
  challenges: string;
  /** Per currency, exact decimals. */
  amounts: Record<string, string>;
}

/** The report's lines; `reward` writes a reward in words, `teamName` names a team id. */
export function payoutLines(report: PayoutReport, labels: PayoutLabels, words: { reward: (reward: Reward) => string; teamName: (id: string | null) => string }): PayoutLine[] {
  const total = (name: string, amounts: Record<string, string>): PayoutLine => ({ name, team: "", total: null, tier: "", challenges: "", amounts });
  return [
    ...report.rows.map((row) => ({
      name: row.name,
      team: words.teamName(row.teamId),
      total: row.total,
      tier: row.tier ? `${row.tier.name}: ${words.reward(row.tier.reward)}` : "",
      challenges: row.challenges.map((c) => `${c.title}: ${words.reward(c.reward)}`).join("\n"),
      amounts: row.amounts,
    })),
    ...report.totals.teams.map((team) => total(labels.teamTotal(words.teamName(team.teamId)), team.amounts)),
    total(labels.overall, report.totals.overall),
  ];
}

/** The report's columns: the rep's, then an amount per currency of the report (alphabetical). */
export function payoutColumns(report: PayoutReport, labels: PayoutLabels): Column<PayoutLine>[] {
  const currencies = Object.keys(report.totals.overall).sort();
  return [
    { kind: "text", heading: labels.rep, value: (l) => l.name },
    { kind: "text", heading: labels.team, value: (l) => l.team },
    { kind: "number", heading: labels.ssi, style: "decimal", value: (l) => l.total },
    { kind: "text", heading: labels.tier, value: (l) => l.tier },
    { kind: "text", heading: labels.challenges, value: (l) => l.challenges, wrap: true },
    ...currencies.map((c): Column<PayoutLine> => ({ kind: "number", heading: c, style: "amount", value: (l) => l.amounts[c] ?? null })),
  ];
}
