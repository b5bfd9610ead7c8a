// The payout report as a document payroll can file: a summary page (the
// month, its state, the totals per team and overall), then a page per team
// with each rep's tier, challenges won and amounts, and the team's total.
// "Provisional" heads every page until the month is closed.
import "server-only";
import { pdfReport, type PdfRow } from "@/platform/pdf/document";
import type { ExportFile } from "@/platform/spreadsheets/file";
import type { AppLocale } from "@/platform/i18n/config";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { dateTimeFormat, numberFormat } from "@/platform/intl/formats";
import { translator } from "@/platform/i18n/translator";
import { rewardLabel } from "./describe";
import type { LoadedPayouts } from "./payout-data";

export const PDF_CONTENT_TYPE = "application/pdf";

/** Amounts per currency in the locale's words, one per line ("—" for none). */
function amountsText(amounts: Record<string, string>, locale: string): string {
  const entries = Object.entries(amounts).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return "—";
  return entries.map(([currency, amount]) => numberFormat(locale, { style: "currency", currency }).format(Number(amount))).join("\n");
}

export interface PayoutPdfContext {
  locale: AppLocale;
  /** When it was made, shown in the company's time zone. */
  generatedAt: Date;
  timeZone: string;
}

/** `payouts` as a PDF file named as its CSV and Excel twins are. */
export function payoutPdf(payouts: LoadedPayouts, { locale, generatedAt, timeZone }: PayoutPdfContext): ExportFile {
  const t = translator(locale);
  const month = formatMonth(locale, payouts.month);
  const scope = payouts.team?.name ?? t("payouts.company");
  const teamName = (id: string | null) => (id ? (payouts.teamNames.get(id) ?? "") : t("payouts.noTeam"));
  const { rows, totals } = payouts.report;
  // Teams by name, reps without a team last.
  const teams = [...totals.teams].sort((a, b) => (a.teamId === null ? 1 : b.teamId === null ? -1 : teamName(a.teamId).localeCompare(teamName(b.teamId), locale)));
  const generated = dateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(generatedAt);
  const none = t("payouts.none");
  const title = `${t("payouts.title")} · ${scope} · ${month}`;

  const body = pdfReport({
    title,
    lang: locale,
    stamp: payouts.provisional ? t("payouts.pdf.stamp") : null,
    footer: (page, count) => t("payouts.pdf.footer", { title, page, count }),
  }, (write) => {
    write.heading(title);
    write.paragraph(payouts.provisional ? t("payouts.provisional", { month }) : t("payouts.final", { month }));
    write.paragraph(t("payouts.pdf.generated", { date: generated }), { muted: true });
    if (rows.length === 0) {
      write.paragraph(t("payouts.empty"));
      return;
    }
    write.heading(t("payouts.pdf.summary"));
    const summary: PdfRow[] = teams.map((team) => {
      const reps = rows.filter((r) => r.teamId === team.teamId);
      const paid = reps.filter((r) => Object.keys(r.amounts).length > 0).length;
      return { cells: [teamName(team.teamId), String(reps.length), String(paid), amountsText(team.amounts, locale)] };
    });
    summary.push({ strong: true, cells: [t("payouts.overall"), String(rows.length), String(rows.filter((r) => Object.keys(r.amounts).length > 0).length), amountsText(totals.overall, locale)] });
    write.table([
      { heading: t("payouts.team"), share: 0.35 },
      { heading: t("payouts.pdf.reps"), share: 0.18, align: "right" },
      { heading: t("payouts.pdf.paid"), share: 0.22, align: "right" },
      { heading: t("payouts.amounts"), share: 0.25, align: "right" },
    ], summary);

    for (const team of teams) {
      write.newPage();
      write.heading(`${teamName(team.teamId)} · ${month}`);
      const lines: PdfRow[] = rows.filter((r) => r.teamId === team.teamId).map((row) => ({
        cells: [
          row.name,
          row.total === null ? none : formatScore(locale, row.total),
          row.tier ? `${row.tier.name}\n${rewardLabel(row.tier.reward, locale)}` : none,
          row.challenges.length === 0 ? none : row.challenges.map((c) => `${c.title}: ${rewardLabel(c.reward, locale)}`).join("\n"),
          amountsText(row.amounts, locale),
        ],
      }));
      lines.push({ strong: true, cells: [t("payouts.pdf.teamTotal"), "", "", "", amountsText(team.amounts, locale)] });
      write.table([
        { heading: t("payouts.rep"), share: 0.26 },
        { heading: t("payouts.ssi"), share: 0.1, align: "right" },
        { heading: t("payouts.tier"), share: 0.2 },
        { heading: t("payouts.challenges"), share: 0.26 },
        { heading: t("payouts.amounts"), share: 0.18, align: "right" },
      ], lines);
    }
  });

  const name = `${t("exports.files.payouts")}-${payouts.team?.name ?? t("exports.files.company")}-${payouts.month}${payouts.provisional ? `-${t("exports.files.provisional")}` : ""}`;
  return { body, filename: `${name}.pdf`, contentType: PDF_CONTENT_TYPE };
}
